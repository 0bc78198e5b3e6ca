package cn.projectdesk.app.ui.audit;

import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.audit.AuditVerification;
import cn.projectdesk.core.report.FormVerification;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditRecord;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 审计 (auditors): the audit chain filtered by time, user, project and action; verify the chain; check
 * a paper form's verification code; export the filtered entries to Excel or a printable PDF.
 */
public final class AuditView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final String[] ACTIONS = {"", "LOGIN_OK", "LOGIN_FAILED", "CHANGE_INSERT", "CHANGE_UPDATE",
        "CHANGE_DELETE", "FORM_PRINT", "AUDIT_EXPORT", "UNLOCK_OK", "UNLOCK_FAILED"};

    private final AuditViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(12);
    private final Label chainResult = new Label();
    private final Label formResult = new Label();
    private final Consumer<Throwable> onFailure;

    public AuditView(AppContext context, UserSession user) {
        this.model = new AuditViewModel(context, user);
        this.messages = context.messages();
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("nav.audit"), failure);
        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add("page-title");
        TableView<AuditRecord> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, filters(), table, checks());
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.search(onFailure);
    }

    private Node filters() {
        DatePicker from = IsoDateConverter.apply(new DatePicker());
        from.setId("audit-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker until = IsoDateConverter.apply(new DatePicker());
        until.setId("audit-until");
        until.valueProperty().bindBidirectional(model.untilProperty());
        TextField user = field("audit-user", model.actorProperty(), 110);
        TextField project = field("audit-project", model.projectProperty(), 120);
        ComboBox<String> action = new ComboBox<>();
        action.setId("audit-action");
        action.setEditable(true);
        action.getItems().setAll(ACTIONS);
        action.valueProperty().addListener((o, old, now) -> model.actionProperty().set(now == null ? "" : now));
        Button search = new Button(messages.get("audit.search"));
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.setOnAction(e -> refresh());
        Button export = new Button(messages.get("audit.export"));
        export.setId("audit-export");
        export.setOnAction(e -> export());
        FlowPane pane = new FlowPane(8, 8, labelled("audit.from", from), labelled("audit.until", until),
                labelled("audit.user", user), labelled("audit.project", project), labelled("audit.action", action),
                search, export);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private TableView<AuditRecord> table() {
        TableView<AuditRecord> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.getColumns().add(column("audit.column.seq", r -> Long.toString(r.seq()), 70));
        table.getColumns().add(column("audit.column.time", r -> TIME.format(r.recordedAt()), 150));
        table.getColumns().add(column("audit.column.user", AuditRecord::actor, 100));
        table.getColumns().add(column("audit.column.action", AuditRecord::action, 130));
        table.getColumns().add(column("audit.column.entity", r -> r.entityType() == null ? "" : r.entityType(), 130));
        table.getColumns().add(column("audit.column.after", r -> r.after() == null ? "" : r.after(), 420));
        table.setPlaceholder(new Label(messages.get("audit.empty")));
        return table;
    }

    private Node checks() {
        Button verify = new Button(messages.get("audit.verifyChain"));
        verify.setId("audit-verify-chain");
        verify.setOnAction(e -> model.verifyChain(this::showChain, onFailure));
        chainResult.setId("audit-chain-result");
        TextField code = new TextField();
        code.setId("audit-form-code");
        code.setPromptText("7KQ2M-9XH4D");
        code.setPrefColumnCount(12);
        Button check = new Button(messages.get("audit.verifyForm"));
        check.setId("audit-verify-form");
        check.setOnAction(e -> model.verifyForm(code.getText(), this::showForm, onFailure));
        formResult.setId("audit-form-result");
        formResult.setWrapText(true);
        HBox chain = new HBox(8, verify, chainResult);
        chain.setAlignment(Pos.CENTER_LEFT);
        HBox form = new HBox(8, new Label(messages.get("audit.formCode")), code, check, formResult);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, chain, form);
        box.getStyleClass().add("card");
        return box;
    }

    private void showChain(AuditVerification v) {
        chainResult.setText(v.intact() ? messages.format("audit.chain.intact", v.entries())
                : messages.format("audit.chain.broken." + v.problem().name(), v.firstBadSeq()));
    }

    private void showForm(FormVerification v) {
        String key = "audit.form." + v.outcome().name();
        formResult.setText(v.request() == null ? messages.format(key, v.code())
                : messages.format(key, v.code(), v.request().code() + " " + messages.of(v.request().type()) + " 《"
                + v.request().title() + "》 " + messages.of(v.request().status())));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("audit.export"));
        chooser.setInitialFileName("audit.xlsx");
        // the chosen filter decides the format: a printable PDF list or the full Excel sheet
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.export(file.toPath(), count -> Dialogs.showInfo(window(), messages, messages.get("audit.export"),
                    messages.format("audit.exported", count, file)), onFailure);
        }
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private HBox labelled(String key, Node control) {
        HBox box = new HBox(4, new Label(messages.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    AuditViewModel model() {
        return model;
    }
}
