package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.core.project.TaskRow;
import java.util.Map;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The WBS editor's keyboard: MS Project's keys where they exist (Insert, F2, Delete, Alt+Shift+arrows).
 * Handled in a filter, before the table's own key handling, and only while no cell is being edited,
 * so that typing in a cell is never taken for a command.
 */
final class WbsKeys {
    static final KeyCombination ADD = new KeyCodeCombination(KeyCode.INSERT);
    static final KeyCombination ADD_ALT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination INDENT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination OUTDENT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination MILESTONE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final WbsView view;

    WbsKeys(WbsView view) {
        this.view = view;
    }

    void install(TreeTableView<TaskRow> table) {
        Map<KeyCombination, Runnable> actions = Map.of(
                ADD, this::add, ADD_ALT, this::add, RENAME, view::editName, DELETE, this::delete,
                INDENT, () -> move(MoveTaskCommand.Direction.INDENT), OUTDENT, () -> move(MoveTaskCommand.Direction.OUTDENT),
                UP, () -> move(MoveTaskCommand.Direction.UP), DOWN, () -> move(MoveTaskCommand.Direction.DOWN),
                MILESTONE, this::toggleMilestone);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (table.getEditingCell() != null) {
                return;
            }
            actions.entrySet().stream().filter(e -> e.getKey().match(event)).findFirst().ifPresent(e -> {
                event.consume();
                e.getValue().run();
            });
        });
    }

    void add() {
        if (editable()) {
            view.model().addBelow(view.selected());
        }
    }

    void delete() {
        TaskRow row = view.selected();
        if (row == null || !editable()) {
            return;
        }
        int below = view.descendantsOf(row);
        if (below > 0) {
            var messages = view.model().messages();
            boolean sure = Dialogs.confirm(view.node().getScene().getWindow(), messages, messages.get("wbs.delete.title"),
                    messages.format("wbs.delete.question", row.wbsCode() + " " + row.name(), below),
                    messages.get("wbs.action.delete"));
            if (!sure) {
                return;
            }
        }
        view.model().delete(row, view.neighbourAfterDelete(row));
    }

    void move(MoveTaskCommand.Direction direction) {
        TaskRow row = view.selected();
        if (row != null && editable()) {
            view.model().move(row, direction);
        }
    }

    void toggleMilestone() {
        TaskRow row = view.selected();
        if (row != null && editable()) {
            view.model().toggleMilestone(row);
        }
    }

    /** Says why nothing happens for a user without the permission, instead of ignoring the key. */
    private boolean editable() {
        view.clearMessage();
        if (!view.model().canEdit()) {
            view.showMessage(view.model().messages().get("wbs.readOnly"));
            return false;
        }
        return true;
    }
}
