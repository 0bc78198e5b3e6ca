package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The plan of one project: header, task actions, the WBS tree table and a line for refusals. */
public final class WbsView {
    private final WbsViewModel model;
    private final Messages messages;
    private final WbsTable table;
    private final BorderPane root = new BorderPane();
    private final Label message = new Label();
    private final Map<UUID, TreeItem<TaskRow>> items = new HashMap<>();
    private final Set<UUID> collapsed = new HashSet<>();
    private final WbsKeys keys;
    private final Runnable onGantt;

    public WbsView(WbsViewModel model, Runnable onBack) {
        this(model, onBack, null);
    }

    /** With {@code onGantt}, the header offers a button that opens this project's Gantt chart. */
    public WbsView(WbsViewModel model, Runnable onBack, Runnable onGantt) {
        this.model = model;
        this.onGantt = onGantt;
        this.messages = model.messages();
        this.table = new WbsTable(model, () -> showMessage(messages.get("wbs.error.number")));
        this.keys = new WbsKeys(this);
        model.setListeners(this::show, this::showFailure);
        message.setId("wbs-message");
        message.getStyleClass().add("field-error");
        root.setTop(new VBox(8, header(onBack), toolbar()));
        root.setCenter(table.node());
        root.setBottom(message);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        BorderPane.setMargin(table.node(), new Insets(10, 0, 6, 0));
        keys.install(table.node());
    }

    public Node node() {
        return root;
    }

    public TreeTableView<TaskRow> table() {
        return table.node();
    }

    public void open(ProjectSummary project) {
        collapsed.clear();
        message.setText("");
        model.open(project);
    }

    public void refresh() {
        model.reload(selectedId());
    }

    private Node header(Runnable onBack) {
        Button back = new Button(messages.get("wbs.back"));
        back.setId("wbs-back");
        back.setOnAction(e -> onBack.run());
        Label title = new Label();
        title.setId("wbs-title");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ProjectSummary p = model.projectProperty().get();
            return p == null ? messages.get("wbs.title") : p.code() + "  " + p.name();
        }, model.projectProperty()));
        Label facts = new Label();
        facts.getStyleClass().add("hint");
        facts.textProperty().bind(Bindings.createStringBinding(this::facts, model.rowsProperty()));
        HBox box = new HBox(12, back, title, facts);
        if (onGantt != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button gantt = new Button(messages.get("wbs.action.gantt"));
            gantt.setId("wbs-gantt");
            gantt.setOnAction(e -> onGantt.run());
            box.getChildren().addAll(gap, gantt);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private String facts() {
        List<TaskRow> rows = model.rowsProperty().get();
        if (rows.isEmpty()) {
            return "";
        }
        var start = rows.stream().map(TaskRow::start).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
        var finish = rows.stream().map(TaskRow::finish).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder());
        return messages.format("wbs.facts", rows.size(), Formats.date(start.orElse(null)), Formats.date(finish.orElse(null)));
    }

    private Node toolbar() {
        HBox box = new HBox(6,
                action("wbs.action.add", "wbs-add", keys::add),
                action("wbs.action.delete", "wbs-delete", keys::delete),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                action("wbs.action.outdent", "wbs-outdent", () -> keys.move(MoveTaskCommand.Direction.OUTDENT)),
                action("wbs.action.indent", "wbs-indent", () -> keys.move(MoveTaskCommand.Direction.INDENT)),
                action("wbs.action.up", "wbs-up", () -> keys.move(MoveTaskCommand.Direction.UP)),
                action("wbs.action.down", "wbs-down", () -> keys.move(MoveTaskCommand.Direction.DOWN)),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                action("wbs.action.milestone", "wbs-milestone", keys::toggleMilestone));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(messages.get("wbs.keysHint"));
        hint.getStyleClass().add("hint");
        box.getChildren().addAll(spacer, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setDisable(!model.canEdit());
        return box;
    }

    private Button action(String key, String id, Runnable run) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> {
            run.run();
            table.node().requestFocus();
        });
        return button;
    }

    /** The Task menu's commands; the same as the keys of the table. */
    public enum Action {
        ADD, RENAME, DELETE, INDENT, OUTDENT, UP, DOWN, MILESTONE
    }

    public void perform(Action action) {
        switch (action) {
            case ADD -> keys.add();
            case RENAME -> editName();
            case DELETE -> keys.delete();
            case INDENT -> keys.move(MoveTaskCommand.Direction.INDENT);
            case OUTDENT -> keys.move(MoveTaskCommand.Direction.OUTDENT);
            case UP -> keys.move(MoveTaskCommand.Direction.UP);
            case DOWN -> keys.move(MoveTaskCommand.Direction.DOWN);
            case MILESTONE -> keys.toggleMilestone();
        }
    }

    // --- used by WbsKeys

    WbsViewModel model() {
        return model;
    }

    TaskRow selected() {
        TreeItem<TaskRow> item = table.node().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    UUID selectedId() {
        TaskRow row = selected();
        return row == null ? null : row.id();
    }

    /** Starts renaming the selected task in place, as F2 does. */
    void editName() {
        int index = table.node().getSelectionModel().getSelectedIndex();
        if (index >= 0 && model.canEdit()) {
            table.node().edit(index, table.nameColumn());
        }
    }

    /** Clears the last refusal once the user does something else. */
    void clearMessage() {
        message.setText("");
    }

    void showMessage(String text) {
        message.setText(text);
    }

    private void show(WbsViewModel.Loaded loaded) {
        // Rebuilding the rows removes a cell editor that has the focus; the keyboard must stay in the table.
        boolean keepFocus = focusInTable();
        rememberCollapsed();
        table.node().getRoot().getChildren().setAll(WbsTreeBuilder.build(loaded.rows(), collapsed, items));
        TreeItem<TaskRow> target = loaded.select() == null ? null : items.get(loaded.select());
        if (target == null && !loaded.rows().isEmpty() && selected() == null) {
            target = items.get(loaded.rows().get(0).id());
        }
        if (target != null) {
            for (TreeItem<TaskRow> p = target.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            table.node().getSelectionModel().select(target);
            int row = table.node().getRow(target);
            table.node().getFocusModel().focus(row);
            scrollIntoView(row);
            if (loaded.rename()) {
                Platform.runLater(this::editName);
            }
        }
        if (keepFocus) {
            table.node().requestFocus();
        }
    }

    private boolean focusInTable() {
        if (root.getScene() == null) {
            return false;
        }
        for (Node n = root.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == table.node()) {
                return true;
            }
        }
        return false;
    }

    private void scrollIntoView(int row) {
        // scrollTo puts the row at the top, which jumps; only scroll when the row is out of sight.
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.node().lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || row < flow.getFirstVisibleCell().getIndex()
                || row > flow.getLastVisibleCell().getIndex()) {
            table.node().scrollTo(Math.max(0, row - 3));
        }
    }

    private void rememberCollapsed() {
        items.forEach((id, item) -> {
            if (!item.isLeaf() && !item.isExpanded()) {
                collapsed.add(id);
            } else {
                collapsed.remove(id);
            }
        });
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ValidationException) {
            showMessage(new ErrorMessages(messages).describe(failure));
        } else {
            Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                    messages.get("wbs.error.title"), failure);
        }
    }

    int descendantsOf(TaskRow row) {
        return WbsTreeBuilder.descendants(model.rowsProperty().get(), row);
    }

    /** The row to select after deleting {@code row}: the next one at its level, else the one above. */
    UUID neighbourAfterDelete(TaskRow row) {
        List<TaskRow> rows = model.rowsProperty().get();
        int at = rows.indexOf(row);
        int after = at + 1 + descendantsOf(row);
        if (after < rows.size()) {
            return rows.get(after).id();
        }
        return at > 0 ? rows.get(at - 1).id() : null;
    }
}
