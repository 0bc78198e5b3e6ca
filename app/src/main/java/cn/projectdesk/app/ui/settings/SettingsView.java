package cn.projectdesk.app.ui.settings;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * System settings of this installation: language, data folder, idle lock, node and sync facts; for an
 * administrator also the warning thresholds and the scheduled backup.
 */
public final class SettingsView {
    private final AppContext context;
    private final Messages messages;
    private final Consumer<Language> onLanguage;
    private final VBox root = new VBox(18);

    public SettingsView(AppContext context, Consumer<Language> onLanguage) {
        this(context, null, onLanguage);
    }

    /** With the signed-in user: administrators also get the warning thresholds and the scheduled backup. */
    public SettingsView(AppContext context, cn.projectdesk.core.security.UserSession user, Consumer<Language> onLanguage) {
        this.context = context;
        this.messages = context.messages();
        this.onLanguage = onLanguage;
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("page-title");
        root.getChildren().addAll(title, section("settings.language.title", language()),
                section("settings.data.title", dataFolder()), section("settings.lock.title", idleLock()),
                section("settings.system.title", system()));
        if (OperationsSettings.applies(user)) {
            OperationsSettings ops = new OperationsSettings(context, user);
            root.getChildren().addAll(section("settings.risk.title", ops.thresholds()),
                    section("settings.backup.title", ops.backup()));
        }
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        // the administrator's sections make the page taller than the window
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private Node section(String key, Node content) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(10, heading, content);
        box.getStyleClass().add("card");
        box.setMaxWidth(860);
        return box;
    }

    private Node language() {
        ComboBox<Language> choice = new ComboBox<>();
        choice.setId("settings-language");
        choice.getItems().setAll(Language.values());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.nativeName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        choice.setValue(messages.language());
        choice.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && chosen != messages.language()) {
                onLanguage.accept(chosen);
            }
        });
        Label hint = new Label(messages.format("settings.language.hint", context.preferences().file()));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, labelled("settings.language", choice), hint);
    }

    private Node idleLock() {
        javafx.scene.control.Spinner<Integer> minutes = new javafx.scene.control.Spinner<>(0, 240,
                context.preferences().idleLockMinutes(), 5);
        minutes.setId("settings-idle-lock");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        minutes.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                context.preferences().setIdleLockMinutes(now);
            }
        });
        Label hint = new Label(messages.get("settings.lock.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, labelled("settings.lock.minutes", minutes), hint);
    }

    private Node dataFolder() {
        TextField path = new TextField(context.dataFolder().toString());
        path.setId("settings-data-folder");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button(messages.get("settings.data.open"));
        open.setId("settings-open-folder");
        open.setOnAction(e -> context.openFolder(context.dataFolder()));
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("settings.data.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, row, hint);
    }

    private Node system() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        grid.addRow(row++, key("settings.system.node"), value(context.core().database().nodeId()));
        grid.addRow(row++, key("settings.system.sync"), value(messages.get("status.sync.notConfigured")));
        grid.addRow(row++, key("settings.system.demo"), value(messages.get(context.core().setup().isDemo()
                ? "settings.system.demo.yes" : "settings.system.demo.no")));
        grid.addRow(row, key("settings.system.version"), value(version()));
        return grid;
    }

    private static String version() {
        String version = SettingsView.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    private Label key(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("value");
        return label;
    }

    private HBox labelled(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        HBox box = new HBox(8, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
