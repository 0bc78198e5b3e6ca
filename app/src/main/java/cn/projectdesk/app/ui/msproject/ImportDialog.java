package cn.projectdesk.app.ui.msproject;

import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import window: which file, a progress bar, and either the way to the new project (it closes
 * and the project opens) or the reason the file was refused.
 */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final ImportViewModel model;

    public ImportDialog(Window owner, Messages messages, ImportViewModel model, Path file) {
        this.model = model;
        Label what = new Label(messages.format("msproject.import.reading", file.getFileName()));
        what.setId("import-file");
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progressProperty());
        Label percent = new Label();
        percent.setId("import-percent");
        percent.textProperty().bind(model.progressProperty().multiply(100).asString("%.0f %%"));
        HBox progress = new HBox(8, bar, percent);
        progress.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("import-error");
        error.setWrapText(true);
        error.setMaxWidth(480);
        // a wrapped label needs its preferred height, or the box cuts it to one line
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        // the reason adds lines: grow the window so the Close button stays in view
        model.errorProperty().addListener((o, was, now) -> stage.sizeToScene());
        Button close = new Button(messages.get("msproject.import.close"));
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, what, progress, error, buttons);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box);
        Styles.install(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("msproject.import.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    /** Shows the window and starts; on success it closes and passes the new project on. */
    public void start(Path file, Consumer<ProjectSummary> onDone) {
        stage.show();
        model.start(file, project -> {
            stage.close();
            onDone.accept(project);
        });
    }

    public Stage stage() {
        return stage;
    }
}
