package cn.projectdesk.app.ui.approvals;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 审批: the inboxes (待我审批 / 我发起的 / 已办) in a table, the selected request with its history
 * timeline, and its actions: approve, reject, return (with an opinion), withdraw, print preview.
 */
public final class ApprovalsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ApprovalsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(12);
    private final Consumer<Throwable> onFailure;

    public ApprovalsView(AppContext context, UserSession user) {
        this.model = new ApprovalsViewModel(context, user);
        this.messages = context.messages();
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("nav.approvals"), failure);
        Label title = new Label(messages.get("approvals.title"));
        title.getStyleClass().add("page-title");
        SplitPane split = new SplitPane(table(), detail());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, inboxes(), split);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.refresh(onFailure);
    }

    ApprovalsViewModel model() {
        return model;
    }

    private Node inboxes() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        for (ApprovalsViewModel.Inbox inbox : ApprovalsViewModel.Inbox.values()) {
            ToggleButton button = new ToggleButton(messages.get("approvals.inbox." + inbox.name()));
            button.setId("inbox-" + inbox.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(model.inboxProperty().get() == inbox);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.inboxProperty().set(inbox);
                refresh();
            });
            box.getChildren().add(button);
        }
        return box;
    }

    private Node table() {
        TableView<ApprovalRequestView> table = new TableView<>(model.requests());
        table.setId("approvals-table");
        table.getColumns().add(column("approvals.column.code", ApprovalRequestView::code, 120));
        table.getColumns().add(column("approvals.column.type", r -> messages.of(r.type()), 90));
        table.getColumns().add(column("approvals.column.title", ApprovalRequestView::title, 200));
        table.getColumns().add(column("approvals.column.project", ApprovalRequestView::projectCode, 100));
        table.getColumns().add(column("approvals.column.status", r -> messages.of(r.status()), 80));
        table.getColumns().add(column("approvals.column.step", r -> r.currentStepName() == null ? "" : r.currentStepName(), 150));
        table.setPlaceholder(new Label(messages.get("approvals.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.select(now, onFailure);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("approval-title");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? messages.get("approvals.none") : model.selectedProperty().get().title(), model.selectedProperty()));
        GridPane facts = new GridPane();
        facts.getStyleClass().add("form-grid");
        Label content = new Label();
        content.setWrapText(true);
        content.setId("approval-content");
        model.selectedProperty().addListener((o, old, r) -> {
            facts.getChildren().clear();
            content.setText(r == null || r.content() == null ? "" : r.content());
            if (r != null) {
                int row = 0;
                facts.addRow(row++, key("approvals.field.code"), value(r.code() + "  " + messages.of(r.type())));
                facts.addRow(row++, key("approvals.field.project"), value(r.projectCode() + "  " + r.projectName()));
                facts.addRow(row++, key("approvals.field.requester"), value(r.requesterName()));
                if (r.amount() != null) {
                    facts.addRow(row++, key("approvals.field.amount"), value(Formats.money(r.amount())));
                }
                facts.addRow(row, key("approvals.field.status"), value(messages.of(r.status())
                        + (r.currentStepName() == null ? "" : " · " + r.currentStepName()
                        + (r.waitingFor().isEmpty() ? "" : "（" + String.join("、", r.waitingFor()) + "）"))));
            }
        });
        Label timelineTitle = new Label(messages.get("approvals.timeline"));
        timelineTitle.getStyleClass().add("section-title");
        ListView<TimelineEntry> timeline = new ListView<>(model.history());
        timeline.setId("approval-timeline");
        timeline.setCellFactory(list -> new TimelineCell());
        VBox.setVgrow(timeline, Priority.ALWAYS);

        Button approve = action("approvals.action.approve", "approve");
        approve.disableProperty().bind(model.canDecideBinding().not());
        approve.setOnAction(e -> decide(ApprovalsViewModel.Decision.APPROVE, false));
        Button reject = action("approvals.action.reject", "reject");
        reject.disableProperty().bind(model.canDecideBinding().not());
        reject.setOnAction(e -> decide(ApprovalsViewModel.Decision.REJECT, true));
        Button back = action("approvals.action.return", "return");
        back.disableProperty().bind(model.canDecideBinding().not());
        back.setOnAction(e -> decide(ApprovalsViewModel.Decision.RETURN, true));
        Button withdraw = action("approvals.action.withdraw", "withdraw");
        withdraw.disableProperty().bind(model.canWithdrawBinding().not());
        withdraw.setOnAction(e -> OpinionDialog.ask(window(), messages, messages.get("approvals.action.withdraw"),
                messages.get("approvals.dialog.reason"), "", true).ifPresent(reason ->
                model.withdraw(reason, () -> { }, onFailure)));
        Button print = action("approvals.action.print", "print");
        print.disableProperty().bind(model.selectedProperty().isNull());
        print.setOnAction(e -> model.printForm(messages.language() == Language.ENGLISH ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE, form -> FormPreview.show(window(), messages, form), onFailure));
        HBox actions = new HBox(8, approve, reject, back, withdraw, print);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, heading, facts, content, timelineTitle, timeline, actions);
        box.setPadding(new Insets(0, 0, 0, 12));
        return box;
    }

    private void decide(ApprovalsViewModel.Decision decision, boolean opinionRequired) {
        String label = messages.get("approvals.action." + decision.name().toLowerCase(Locale.ROOT));
        String initial = decision == ApprovalsViewModel.Decision.APPROVE ? messages.get("approvals.dialog.agree") : "";
        OpinionDialog.ask(window(), messages, label, messages.get("approvals.dialog.opinion"), initial, opinionRequired)
                .ifPresent(opinion -> model.decide(decision, opinion, () -> { }, onFailure));
    }

    private Button action(String key, String id) {
        Button button = new Button(messages.get(key));
        button.setId("approval-" + id);
        return button;
    }

    private Label key(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("hint");
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** One action of the history: time, action, step, who (for whom), and the opinion below. */
    private final class TimelineCell extends ListCell<TimelineEntry> {
        @Override
        protected void updateItem(TimelineEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                return;
            }
            String who = e.actorName() + (e.onBehalfOfName() == null ? ""
                    : messages.format("approvals.timeline.onBehalfOf", e.onBehalfOfName()));
            setText(TIME.format(e.at()) + "  " + messages.of(e.type()) + (e.stepName() == null ? "" : "  " + e.stepName())
                    + "  " + who + (e.opinion() == null || e.opinion().isBlank() ? "" : "\n" + e.opinion()));
            setWrapText(true);
        }
    }
}
