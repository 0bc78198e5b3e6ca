package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The air gap: write this node's unacknowledged changes to a bundle in a chosen folder (a USB drive),
 * and apply headquarters' reply; a refused reply says why and applies nothing.
 */
final class BundlePane {
    private final SyncViewModel model;
    private final Messages messages;
    private final Supplier<SyncFilePicker> picker;
    private final Consumer<Throwable> onFailure;
    private final VBox root = new VBox(12);
    private final Label result = new Label();

    BundlePane(SyncViewModel model, Messages messages, Supplier<SyncFilePicker> picker,
               Consumer<Throwable> onFailure) {
        this.model = model;
        this.messages = messages;
        this.picker = picker;
        this.onFailure = onFailure;
        Label hint = new Label(messages.get("sync.bundle.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Button export = new Button(messages.get("sync.bundle.export"));
        export.setId("bundle-export");
        export.disableProperty().bind(model.agent().runningProperty());
        export.setOnAction(e -> exportBundle());
        Button importReply = new Button(messages.get("sync.bundle.import"));
        importReply.setId("bundle-import");
        importReply.disableProperty().bind(model.agent().runningProperty());
        importReply.setOnAction(e -> importReply());
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setId("bundle-progress");
        busy.visibleProperty().bind(model.agent().runningProperty());
        result.setId("bundle-result");
        result.setWrapText(true);
        HBox buttons = new HBox(10, export, importReply, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(hint, buttons, result);
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void exportBundle() {
        picker.get().folder(window()).ifPresent(folder -> model.exportBundle(folder, exported -> {
            String text = messages.format("sync.bundle.exported", exported.result().changes(), exported.file());
            result.setText(text);
            Dialogs.showInfo(window(), messages, messages.get("sync.bundle.export"), text);
        }, onFailure));
    }

    private void importReply() {
        picker.get().reply(window()).ifPresent(file -> model.importBundle(file, imported -> {
            String text = messages.format("sync.bundle.imported", imported.applied(), imported.duplicates(), imported.conflicts());
            result.setText(text);
            Dialogs.showInfo(window(), messages, messages.get("sync.bundle.import"), text);
        }, failure -> {
            if (failure instanceof cn.projectdesk.sync.bundle.BundleRefusedException) {
                result.setText(messages.get("sync.bundle.refusedTitle"));
            }
            onFailure.accept(failure);
        }));
    }
}
