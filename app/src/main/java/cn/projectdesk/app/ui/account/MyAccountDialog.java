package cn.projectdesk.app.ui.account;

import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.admin.PasswordFields;
import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.report.SignatureImage;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.TotpService;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.DelegationView;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 我的账号 (every user): change the password; turn on the second factor (scan the QR code or type the
 * Base32 secret into an authenticator app, then confirm with its first code) or off; upload the
 * signature image printed on approval forms; and, for approvers, delegate their steps while away.
 */
public final class MyAccountDialog {
    private final AccountModel model;
    private final Messages messages;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TabPane tabs = new TabPane();
    private final Consumer<Throwable> onFailure;
    private SignaturePicker picker;

    public MyAccountDialog(Window owner, AppContext context, UserSession user) {
        this.model = new AccountModel(context, user);
        this.messages = context.messages();
        this.picker = SignaturePicker.fileChooser(messages);
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("account.title"), failure);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("account.title"));
        dialog.setHeaderText(messages.format("account.header", user.displayName(), user.username(), user.orgUnitName()));
        tabs.setId("account-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 460);
        tabs.getTabs().addAll(tab("account.password", "account-tab-password", passwordTab()),
                tab("account.totp", "account-tab-totp", totpTab()),
                tab("account.signature", "account-tab-signature", signatureTab()),
                tab("account.delegation", "account-tab-delegation", delegationTab(user)));
        dialog.getDialogPane().setContent(tabs);
        ButtonType close = new ButtonType(messages.get("account.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("account-close");
        Styles.install(dialog.getDialogPane());
    }

    /** Shows the dialog (not blocking) and loads the current state. */
    public void open() {
        dialog.show();
        refreshTotp.run();
        model.signature(this::showSignature, onFailure);
        model.loadDelegations(onFailure);
    }

    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Replaces the file chooser (tests). */
    public void setSignaturePicker(SignaturePicker picker) {
        this.picker = picker;
    }

    // ---- password

    private Node passwordTab() {
        PasswordField current = new PasswordField();
        current.setId("account-current");
        PasswordFields next = new PasswordFields(messages, "account-new");
        Label done = new Label();
        done.setId("account-password-done");
        Button change = new Button(messages.get("account.password.change"));
        change.setId("account-password-change");
        change.setDefaultButton(false);
        change.disableProperty().bind(next.acceptable().not().or(current.textProperty().isEmpty()));
        change.setOnAction(e -> model.changePassword(current.getText().toCharArray(), next.value(), () -> {
            current.clear();
            next.clear();
            done.setText(messages.get("account.password.changed"));
        }, onFailure));
        GridPane grid = grid();
        grid.addRow(0, label("account.password.current", current), current);
        grid.addRow(1, label("account.password.new", next.password()), next.password());
        grid.addRow(2, label("account.password.confirm", next.confirm()), next.confirm());
        grid.add(next.feedback(), 1, 3);
        grid.add(change, 1, 4);
        grid.add(done, 1, 5);
        return padded(grid);
    }

    // ---- second factor

    private final Label totpState = new Label();
    private final VBox enrolBox = new VBox(8);
    private final Button totpOff = new Button();
    private final Button totpStart = new Button();
    private Runnable refreshTotp = () -> { };

    private Node totpTab() {
        totpState.setId("account-totp-state");
        totpState.getStyleClass().add("section-title");
        PasswordField password = new PasswordField();
        password.setId("account-totp-password");
        totpStart.setText(messages.get("account.totp.start"));
        totpStart.setId("account-totp-start");
        totpStart.disableProperty().bind(password.textProperty().isEmpty());
        totpOff.setText(messages.get("account.totp.disable"));
        totpOff.setId("account-totp-disable");
        ImageView qr = new ImageView();
        qr.setId("account-totp-qr");
        TextField secret = new TextField();
        secret.setId("account-totp-secret");
        secret.setEditable(false);
        secret.setPrefColumnCount(26);
        TextField code = new TextField();
        code.setId("account-totp-code");
        code.setPromptText("123456");
        code.setPrefColumnCount(8);
        Button confirm = new Button(messages.get("account.totp.confirm"));
        confirm.setId("account-totp-confirm");
        confirm.disableProperty().bind(code.textProperty().length().lessThan(6));
        Label scan = new Label(messages.get("account.totp.scan"));
        scan.setWrapText(true);
        Label secretLabel = new Label(messages.get("account.totp.secret"));
        secretLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label codeLabel = new Label(messages.get("account.totp.code"));
        codeLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox secretRow = new HBox(8, secretLabel, secret);
        HBox codeRow = new HBox(8, codeLabel, code, confirm);
        secretRow.setAlignment(Pos.CENTER_LEFT);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        VBox secretBox = new VBox(8, scan, secretRow, codeRow);
        secretBox.setMaxWidth(330);
        HBox enrolled = new HBox(16, qr, secretBox);
        enrolBox.getChildren().setAll(enrolled);
        enrolBox.setVisible(false);
        enrolBox.managedProperty().bind(enrolBox.visibleProperty());
        refreshTotp = () -> model.secondFactorEnabled(on -> {
            totpState.setText(messages.get(on ? "account.totp.on" : "account.totp.off"));
            totpOff.setVisible(on);
            totpStart.setVisible(!on);
            password.setVisible(!on);
            if (on) {
                enrolBox.setVisible(false);
            }
        }, onFailure);
        totpStart.setOnAction(e -> model.enrol(password.getText().toCharArray(), (TotpService.TotpSetup setup) -> {
            qr.setImage(QrImage.of(setup.otpauthUri(), 4));
            secret.setText(grouped(setup.secret()));
            enrolBox.setVisible(true);
            code.requestFocus();
        }, onFailure));
        confirm.setOnAction(e -> model.confirm(password.getText().toCharArray(), code.getText().strip(), () -> {
            code.clear();
            password.clear();
            refreshTotp.run();
            Dialogs.showInfo(window(), messages, messages.get("account.totp"), messages.get("account.totp.enabled"));
        }, onFailure));
        totpOff.setOnAction(e -> {
            if (Dialogs.confirm(window(), messages, messages.get("account.totp"), messages.get("account.totp.disable.confirm"),
                    messages.get("account.totp.disable"))) {
                model.disableSecondFactor(refreshTotp, onFailure);
            }
        });
        Label intro = new Label(messages.get("account.totp.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        HBox start = new HBox(8, new Label(messages.get("account.totp.password")), password, totpStart, totpOff);
        start.setAlignment(Pos.CENTER_LEFT);
        return padded(new VBox(10, totpState, intro, start, enrolBox));
    }

    /** Groups of four are easier to type into a phone without losing one's place. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    // ---- signature

    private final ImageView signature = new ImageView();
    private final Label signatureState = new Label();

    private Node signatureTab() {
        signature.setId("account-signature-preview");
        signature.setFitWidth(300);
        signature.setFitHeight(120);
        signature.setPreserveRatio(true);
        signatureState.setId("account-signature-state");
        StackPane frame = new StackPane(signature, signatureState);
        frame.setPrefSize(320, 140);
        frame.setMaxSize(320, 140);
        frame.setStyle("-fx-border-color: #d5dbe3; -fx-background-color: white;");
        Button upload = new Button(messages.get("account.signature.choose"));
        upload.setId("account-signature-upload");
        upload.setOnAction(e -> picker.choose(window()).ifPresent(file -> model.uploadSignature(file,
                bytes -> showSignature(Optional.of(bytes)), onFailure)));
        Button remove = new Button(messages.get("account.signature.remove"));
        remove.setId("account-signature-remove");
        remove.disableProperty().bind(signature.imageProperty().isNull());
        remove.setOnAction(e -> model.removeSignature(() -> showSignature(Optional.empty()), onFailure));
        Label rules = new Label(messages.format("account.signature.rules", SignatureImage.MAX_BYTES / 1024,
                SignatureImage.MIN_WIDTH, SignatureImage.MAX_WIDTH, SignatureImage.MIN_HEIGHT, SignatureImage.MAX_HEIGHT));
        rules.setWrapText(true);
        rules.getStyleClass().add("hint");
        return padded(new VBox(10, rules, frame, new HBox(8, upload, remove)));
    }

    private void showSignature(Optional<byte[]> bytes) {
        signature.setImage(bytes.map(b -> new Image(new ByteArrayInputStream(b))).orElse(null));
        signatureState.setText(bytes.isPresent() ? "" : messages.get("account.signature.none"));
    }

    // ---- delegation

    private Node delegationTab(UserSession user) {
        boolean decider = user.has(Permission.APPROVE) || user.has(Permission.PAY);
        TextField to = new TextField();
        to.setId("account-delegate-to");
        to.setPromptText(messages.get("account.delegation.toPrompt"));
        DatePicker from = IsoDateConverter.apply(new DatePicker(model.today()));
        from.setId("account-delegate-from");
        DatePicker until = IsoDateConverter.apply(new DatePicker(model.today().plusDays(7)));
        until.setId("account-delegate-until");
        TextField reason = new TextField();
        reason.setId("account-delegate-reason");
        reason.setPromptText(messages.get("account.delegation.reasonPrompt"));
        Button add = new Button(messages.get("account.delegation.add"));
        add.setId("account-delegate-add");
        add.disableProperty().bind(to.textProperty().isEmpty().or(from.valueProperty().isNull())
                .or(until.valueProperty().isNull()));
        add.setOnAction(e -> model.delegate(to.getText().strip(), from.getValue(), until.getValue(), reason.getText(), () -> {
            to.clear();
            reason.clear();
        }, onFailure));
        GridPane grid = grid();
        grid.addRow(0, label("account.delegation.to", to), to, label("account.delegation.reason", reason), reason);
        grid.addRow(1, label("account.delegation.from", from), from, label("account.delegation.until", until), until);
        grid.add(add, 1, 2);
        grid.setDisable(!decider);
        TableView<DelegationView> table = new TableView<>(model.delegations());
        table.setId("account-delegations");
        table.getColumns().add(column("account.delegation.principal", DelegationView::principal, 90));
        table.getColumns().add(column("account.delegation.to", DelegationView::delegate, 90));
        table.getColumns().add(column("account.delegation.from", d -> Formats.date(d.validFrom()), 100));
        table.getColumns().add(column("account.delegation.until", d -> Formats.date(d.validUntil()), 100));
        table.getColumns().add(column("account.delegation.reason", d -> d.reason() == null ? "" : d.reason(), 180));
        table.setPlaceholder(new Label(messages.get("account.delegation.none")));
        table.setPrefHeight(180);
        Button revoke = new Button(messages.get("account.delegation.revoke"));
        revoke.setId("account-delegate-revoke");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(e -> model.revoke(table.getSelectionModel().getSelectedItem().id(), onFailure));
        VBox box = new VBox(10);
        if (!decider) {
            Label only = new Label(messages.get("account.delegation.onlyDeciders"));
            only.getStyleClass().add("hint");
            only.setWrapText(true);
            box.getChildren().add(only);
        }
        box.getChildren().addAll(grid, table, revoke);
        return padded(box);
    }

    // ---- helpers

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private static Node padded(Node node) {
        VBox box = new VBox(node);
        box.setPadding(new Insets(14));
        return box;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Window window() {
        return dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
    }
}
