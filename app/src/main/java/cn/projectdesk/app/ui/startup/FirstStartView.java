package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.FormGrid;
import cn.projectdesk.app.ui.common.LanguageSwitch;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-start form, shown once per data folder before the first sign-in. */
public final class FirstStartView {
    private final FirstStartViewModel model;
    private final Messages messages;
    private final Button submit = new Button();

    public FirstStartView(FirstStartViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Button submitButton() {
        return submit;
    }

    public Parent build(String dataFolder, Runnable onSubmit, java.util.function.Consumer<Language> onLanguage) {
        Label title = new Label(messages.get("firstStart.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(messages.format("firstStart.intro", dataFolder));
        intro.setWrapText(true);

        VBox card = new VBox(14, LanguageSwitch.create(messages.language(), onLanguage), title, intro, form(), buttons(onSubmit));
        card.getStyleClass().add("card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.disableProperty().bind(model.workingProperty());

        StackPane root = new StackPane(card, progress());
        root.getStyleClass().add("startup-background");
        root.setPadding(new Insets(32));
        return root;
    }

    private Parent form() {
        ObjectBinding<Map<String, String>> shown = Bindings.createObjectBinding(() -> {
            Map<String, String> all = new HashMap<>(model.errorsProperty().get());
            all.putAll(model.serviceErrorsProperty().get());
            return all;
        }, model.errorsProperty(), model.serviceErrorsProperty());

        FormGrid grid = new FormGrid(messages, 260);
        grid.add("firstStart.adminUser", new Label("admin"), "adminUser", shown);
        PasswordField password = new PasswordField();
        password.setId("admin-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        grid.add("firstStart.password", password, "adminPassword", shown);
        PasswordField confirmation = new PasswordField();
        confirmation.setId("admin-password-confirm");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        grid.add("firstStart.confirm", confirmation, "confirmation", shown);

        CheckBox demo = new CheckBox(messages.get("firstStart.demo"));
        demo.setId("demo-data");
        demo.selectedProperty().bindBidirectional(model.demoProperty());
        grid.addWide(demo);
        Label demoHint = new Label(messages.get("firstStart.demoHint"));
        demoHint.getStyleClass().add("hint");
        demoHint.setWrapText(true);
        grid.addWide(demoHint);

        TextField code = new TextField();
        code.setId("office-code");
        code.setPromptText("LJ");
        code.textProperty().bindBidirectional(model.officeCodeProperty());
        TextField name = new TextField();
        name.setId("office-name");
        name.textProperty().bindBidirectional(model.officeNameProperty());
        code.disableProperty().bind(model.demoProperty());
        name.disableProperty().bind(model.demoProperty());
        grid.add("firstStart.officeCode", code, "officeCode", shown);
        grid.add("firstStart.officeName", name, "officeName", shown);
        return grid.node();
    }

    private Parent buttons(Runnable onSubmit) {
        submit.setText(messages.get("firstStart.submit"));
        submit.setId("first-start-submit");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.canSubmitBinding().not());
        submit.setOnAction(e -> onSubmit.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(spacer, submit);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private Parent progress() {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setMaxSize(64, 64);
        Label text = new Label(messages.get("firstStart.working"));
        VBox box = new VBox(12, indicator, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("busy-overlay");
        box.visibleProperty().bind(model.workingProperty());
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }
}
