package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.FormGrid;
import cn.projectdesk.app.ui.common.LanguageSwitch;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.sync.SyncFilePicker;
import cn.projectdesk.app.ui.sync.SyncTexts;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The first-start form, shown once per data folder before the first sign-in: a local data folder or
 * joining headquarters (chosen at the top). Enter submits; Esc cancels a running join.
 */
public final class FirstStartView {
    private final FirstStartViewModel model;
    private final Messages messages;
    private final SyncFilePicker picker;
    private final Button submit = new Button();
    private final TextField serverField = new TextField();

    public FirstStartView(FirstStartViewModel model, Messages messages) {
        this(model, messages, SyncFilePicker.native_(messages));
    }

    public FirstStartView(FirstStartViewModel model, Messages messages, SyncFilePicker picker) {
        this.model = model;
        this.messages = messages;
        this.picker = picker;
    }

    public Button submitButton() {
        return submit;
    }

    public Parent build(String dataFolder, Runnable onSubmit, java.util.function.Consumer<Language> onLanguage) {
        Label title = new Label(messages.get("firstStart.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(messages.format("firstStart.intro", dataFolder));
        intro.setWrapText(true);
        Parent local = form();
        VBox localPart = new VBox(14, intro, local);
        VBox card = new VBox(14, LanguageSwitch.create(messages.language(), onLanguage), title);
        if (model.joinOffered()) {
            VBox joinPart = joinForm(dataFolder);
            // bindings, not listeners: the model outlives the views that a language switch rebuilds
            joinPart.visibleProperty().bind(model.joinProperty());
            joinPart.managedProperty().bind(model.joinProperty());
            localPart.visibleProperty().bind(model.joinProperty().not());
            localPart.managedProperty().bind(localPart.visibleProperty());
            card.getChildren().addAll(modeChoice(), localPart, joinPart);
        } else {
            card.getChildren().add(localPart);
        }
        card.getChildren().add(buttons(onSubmit));
        card.getStyleClass().add("card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.disableProperty().bind(model.workingProperty());

        StackPane root = new StackPane(card, progress());
        root.getStyleClass().add("startup-background");
        root.setPadding(new Insets(32));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.joiningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        return root;
    }

    private Parent modeChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton local = new RadioButton(messages.get("firstStart.mode.local"));
        local.setId("mode-local");
        local.setToggleGroup(group);
        RadioButton join = new RadioButton(messages.get("firstStart.mode.join"));
        join.setId("mode-join");
        join.setToggleGroup(group);
        local.setSelected(!model.joinProperty().get());
        join.selectedProperty().bindBidirectional(model.joinProperty());
        join.setOnAction(e -> serverField.requestFocus()); // the first field of the form just shown
        local.disableProperty().bind(model.joinOnlyProperty());
        HBox box = new HBox(24, local, join);
        box.getStyleClass().add("first-start-mode");
        Label unfinished = new Label(messages.get("firstStart.join.unfinished"));
        unfinished.setId("join-unfinished");
        unfinished.getStyleClass().add("hint");
        unfinished.setWrapText(true);
        unfinished.visibleProperty().bind(model.joinOnlyProperty());
        unfinished.managedProperty().bind(model.joinOnlyProperty());
        return new VBox(8, box, unfinished);
    }

    private VBox joinForm(String dataFolder) {
        ObjectBinding<Map<String, String>> shown = shownErrors();
        Label intro = new Label(messages.format("firstStart.join.intro", dataFolder));
        intro.setWrapText(true);
        FormGrid grid = new FormGrid(messages, 260);
        TextField server = serverField;
        server.setId("join-server");
        server.setPromptText("https://hq.example.gov.cn:8443");
        server.textProperty().bindBidirectional(model.serverProperty());
        grid.add("firstStart.join.server", server, "server", shown);

        TextField certificate = new TextField();
        certificate.setId("join-certificate");
        certificate.textProperty().bindBidirectional(model.certificateProperty());
        Button choose = new Button(messages.get("sync.cert.chooseButton"));
        choose.setId("join-choose-certificate");
        choose.setOnAction(e -> picker.certificate(choose.getScene().getWindow())
                .ifPresent(file -> model.certificateProperty().set(file.toString())));
        HBox.setHgrow(certificate, Priority.ALWAYS);
        grid.add("sync.cert", new HBox(8, certificate, choose), "certificate", shown);

        PasswordField password = new PasswordField();
        password.setId("join-certificate-password");
        password.textProperty().bindBidirectional(model.certificatePasswordProperty());
        grid.add("sync.cert.password", password, "certificatePassword", shown);
        Label hint = new Label(messages.get("firstStart.join.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.addWide(hint);
        return new VBox(14, intro, grid.node());
    }

    private ObjectBinding<Map<String, String>> shownErrors() {
        return Bindings.createObjectBinding(() -> {
            Map<String, String> all = new HashMap<>(model.errorsProperty().get());
            all.putAll(model.serviceErrorsProperty().get());
            return all;
        }, model.errorsProperty(), model.serviceErrorsProperty());
    }

    private Parent form() {
        ObjectBinding<Map<String, String>> shown = shownErrors();

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
        submit.textProperty().bind(Bindings.when(model.joinProperty())
                .then(messages.get("firstStart.join.submit")).otherwise(messages.get("firstStart.submit")));
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
        text.setId("first-start-progress");
        VBox box = new VBox(12, indicator, text);
        if (model.joinOffered()) {
            SyncTexts texts = new SyncTexts(messages);
            text.textProperty().bind(Bindings.createStringBinding(() -> {
                if (!model.joiningProperty().get()) {
                    return messages.get("firstStart.working");
                }
                var p = model.agent().progressProperty().get();
                return p == null ? messages.get("firstStart.join.connecting") : texts.progress(p);
            }, model.joiningProperty(), model.agent().progressProperty()));
            Button cancel = new Button(messages.get("button.cancel"));
            cancel.setId("join-cancel");
            cancel.setOnAction(e -> model.cancel());
            cancel.visibleProperty().bind(model.joiningProperty());
            cancel.managedProperty().bind(model.joiningProperty());
            box.getChildren().add(cancel);
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("busy-overlay");
        box.visibleProperty().bind(model.workingProperty());
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }
}
