package cn.projectdesk.app.ui.home;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.security.UserSession;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 工作台: my projects, my tasks due soon, approvals waiting for me, my warnings and my recent projects;
 * double-click or Enter on a project opens its plan.
 */
public final class HomeView {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final HomeViewModel model;
    private final Messages messages;
    private final Consumer<ProjectSummary> onOpen;
    private final VBox root = new VBox(12);

    public HomeView(AppContext context, UserSession user, Consumer<ProjectSummary> onOpen) {
        this.model = new HomeViewModel(context, user);
        this.messages = context.messages();
        this.onOpen = onOpen;
        Label title = new Label(messages.format("home.title", user.displayName()));
        title.getStyleClass().add("page-title");
        TableView<ProjectSummary> projects = projectsTable();
        TableView<HomeViewModel.DueTask> tasks = tasksTable();
        VBox.setVgrow(tasks, Priority.ALWAYS);
        root.getChildren().addAll(title, heading("home.myProjects"), projects,
                heading("home.dueTasks"), tasks, inbox());
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.refresh(failure -> Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(),
                messages, messages.get("nav.home"), failure));
    }

    private Label heading(String key) {
        Label label = new Label();
        label.getStyleClass().add("section-title");
        var list = key.equals("home.myProjects") ? model.myProjects() : model.dueTasks();
        label.textProperty().bind(Bindings.createStringBinding(() -> messages.format(key, list.size(),
                HomeViewModel.HORIZON_DAYS), list));
        return label;
    }

    /** Approvals waiting for me, my open warnings and my recently opened projects, side by side. */
    private Node inbox() {
        TableView<ApprovalRequestView> approvals = new TableView<>(model.approvals());
        approvals.setId("home-approvals");
        approvals.getColumns().add(column("home.column.request", ApprovalRequestView::code, 120));
        approvals.getColumns().add(column("home.column.title", ApprovalRequestView::title, 220));
        approvals.setPlaceholder(new Label(messages.get("home.noApprovals")));
        TableView<WarningRow> warnings = new TableView<>(model.warnings());
        warnings.setId("home-warnings");
        warnings.getColumns().add(column("home.column.severity", w -> messages.of(w.severity()), 45));
        warnings.getColumns().add(column("projects.column.code", WarningRow::projectCode, 105));
        warnings.getColumns().add(column("home.column.rule", w -> messages.of(w.rule()), 120));
        warnings.getColumns().add(column("home.column.subject", WarningRow::subject, 260));
        warnings.setPlaceholder(new Label(messages.get("home.noWarnings")));
        TableView<ProjectSummary> recent = new TableView<>(model.recent());
        recent.setId("home-recent");
        recent.getColumns().add(column("projects.column.code", ProjectSummary::code, 110));
        recent.getColumns().add(column("projects.column.name", ProjectSummary::name, 220));
        recent.setPlaceholder(new Label(messages.get("home.noRecent")));
        openOnActivate(recent, p -> p);
        HBox row = new HBox(12, box("home.approvals", model.approvals(), approvals), box("home.warnings", model.warnings(), warnings),
                box("home.recent", model.recent(), recent));
        row.setPrefHeight(28 * 4 + 60);
        return row;
    }

    private VBox box(String key, javafx.collections.ObservableList<?> list, TableView<?> table) {
        Label label = new Label();
        label.getStyleClass().add("section-title");
        label.textProperty().bind(Bindings.createStringBinding(() -> messages.format(key, list.size()), list));
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 4 + 30);
        VBox box = new VBox(6, label, table);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private TableView<ProjectSummary> projectsTable() {
        TableView<ProjectSummary> table = new TableView<>(model.myProjects());
        table.setId("home-projects");
        table.getColumns().add(column("projects.column.code", ProjectSummary::code, 120));
        table.getColumns().add(column("projects.column.name", ProjectSummary::name, 320));
        table.getColumns().add(column("projects.column.stage", p -> messages.of(p.stage()), 130));
        table.getColumns().add(column("projects.column.status", p -> messages.of(p.status()), 90));
        table.getColumns().add(column("projects.column.finish", p -> Formats.date(p.plannedFinish()), 110));
        table.setPlaceholder(new Label(messages.get("home.noProjects")));
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 5 + 30);
        table.setMinHeight(28 * 3 + 30);
        openOnActivate(table, p -> p);
        return table;
    }

    private TableView<HomeViewModel.DueTask> tasksTable() {
        TableView<HomeViewModel.DueTask> table = new TableView<>(model.dueTasks());
        table.setId("home-tasks");
        table.getColumns().add(column("home.column.finish", d -> Formats.date(d.task().finish()), 110));
        table.getColumns().add(column("projects.column.code", d -> d.project().code(), 120));
        table.getColumns().add(column("wbs.column.wbs", d -> d.task().wbsCode(), 80));
        table.getColumns().add(column("wbs.column.name", d -> d.task().name(), 320));
        table.getColumns().add(column("wbs.column.percent", d -> d.task().percentComplete() + "%", 90));
        table.getColumns().add(column("home.column.state", d -> messages.get(d.overdue() ? "home.overdue" : "home.dueSoon"), 90));
        table.setPlaceholder(new Label(messages.format("home.noTasks", HomeViewModel.HORIZON_DAYS)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HomeViewModel.DueTask item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        openOnActivate(table, HomeViewModel.DueTask::project);
        return table;
    }

    private <S> void openOnActivate(TableView<S> table, Function<S, ProjectSummary> project) {
        table.setOnMouseClicked(e -> {
            S item = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                onOpen.accept(project.apply(item));
            }
        });
        table.setOnKeyPressed(e -> {
            S item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                onOpen.accept(project.apply(item));
            }
        });
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
