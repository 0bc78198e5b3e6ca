package cn.projectdesk.app.ui.login;

import cn.projectdesk.app.ui.common.LanguageSwitch;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.demo.DemoData;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sign-in screen: brand panel on the left, form (and the demo logins, while in use) on the right. */
public final class LoginView {
    private final LoginViewModel model;
    private final Messages messages;
    private final boolean demo;
    private final Path dataFolder;

    public LoginView(LoginViewModel model, Messages messages, boolean demo, Path dataFolder) {
        this.model = model;
        this.messages = messages;
        this.demo = demo;
        this.dataFolder = dataFolder;
    }

    /** {@code onSubmit} starts the sign-in; {@code onLanguage} rebuilds the screen in the chosen language. */
    public Parent build(Runnable onSubmit, Consumer<Language> onLanguage) {
        VBox column = new VBox(18, formFields(onSubmit));
        if (demo) {
            column.getChildren().add(new DemoAccountsPane(messages, model.usernameProperty()).build());
        }
        column.setMaxWidth(440);
        column.setFillWidth(true);
        VBox form = new VBox(16, LanguageSwitch.create(messages.language(), onLanguage), column);
        form.setAlignment(Pos.TOP_CENTER);
        form.getStyleClass().add("login-form");
        form.setPadding(new Insets(20, 40, 28, 40));
        BorderPane root = new BorderPane(form);
        root.setLeft(brand());
        root.getStyleClass().add("login-root");
        return root;
    }

    private Parent brand() {
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("brand-title");
        name.setWrapText(true);
        Label product = new Label("ProjectDesk");
        product.getStyleClass().add("brand-product");
        Label tagline = new Label(messages.get("login.tagline"));
        tagline.getStyleClass().add("brand-tagline");
        tagline.setWrapText(true);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label folder = new Label(messages.format("login.dataFolder", dataFolder));
        folder.getStyleClass().add("brand-footnote");
        folder.setWrapText(true);
        VBox brand = new VBox(10, product, name, tagline, spacer, folder);
        brand.getStyleClass().add("login-brand");
        brand.setPrefWidth(320);
        brand.setMinWidth(280);
        return brand;
    }

    private Parent formFields(Runnable onSubmit) {
        Label title = new Label(messages.get("login.title"));
        title.getStyleClass().add("page-title");
        TextField username = new TextField();
        username.setId("username");
        username.setPromptText(messages.get("login.username.prompt"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        username.setOnAction(e -> password.requestFocus());
        password.setOnAction(e -> onSubmit.run());

        TextField code = new TextField();
        code.setId("totp-code");
        code.setPromptText(messages.get("login.totp.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setOnAction(e -> onSubmit.run());
        Label codeLabel = labelFor("login.totp", code);
        for (javafx.scene.Node n : new javafx.scene.Node[] {code, codeLabel}) {
            n.visibleProperty().bind(model.codeNeededProperty());
            n.managedProperty().bind(model.codeNeededProperty());
        }
        model.codeNeededProperty().addListener((obs, was, needed) -> {
            if (needed) {
                Platform.runLater(code::requestFocus);
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, labelFor("login.username", username), username);
        grid.addRow(1, labelFor("login.password", password), password);
        grid.addRow(2, codeLabel, code);
        GridPane.setHgrow(username, Priority.ALWAYS);

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        Button submit = new Button(messages.get("login.submit"));
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> onSubmit.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.workingProperty());
        HBox.setHgrow(submit, Priority.ALWAYS);
        HBox actions = new HBox(10, submit, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(14, title, grid, error, actions);
        Platform.runLater(username::requestFocus);
        return box;
    }

    private Label labelFor(String key, javafx.scene.Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The demo password as core defines it, so the screen never shows a stale one. */
    static String demoPassword() {
        return DemoData.DEMO_PASSWORD;
    }
}
