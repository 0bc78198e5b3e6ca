package cn.projectdesk.app.ui.budget;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The sheet's keyboard, as in Excel: Enter or F2 edits the focused cell, Tab and Shift+Tab move across,
 * arrows move (the table's own), Ctrl+C copies the selected range, Ctrl+V pastes at the focused cell.
 * Handled in a filter and only while no cell is being edited, so typing is never taken for a command.
 */
final class SheetKeys {
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private SheetKeys() {
    }

    static void install(TableView<SheetRow> table, Runnable copy, Runnable paste) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (COPY.match(e)) {
                e.consume();
                copy.run();
            } else if (PASTE.match(e)) {
                e.consume();
                paste.run();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                e.consume();
                editFocused(table);
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                move(table, !e.isShiftDown());
            }
        });
    }

    static void editFocused(TableView<SheetRow> table) {
        TablePosition<SheetRow, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus != null && focus.getRow() >= 0 && focus.getTableColumn() != null) {
            table.edit(focus.getRow(), focus.getTableColumn());
        }
    }

    /** Moves the focus and the selection one cell right (or left), wrapping to the next (previous) row. */
    static void move(TableView<SheetRow> table, boolean forward) {
        TablePosition<SheetRow, ?> focus = table.getFocusModel().getFocusedCell();
        List<TableColumn<SheetRow, ?>> columns = table.getVisibleLeafColumns();
        if (focus == null || focus.getRow() < 0 || columns.isEmpty()) {
            return;
        }
        int col = Math.max(0, columns.indexOf(focus.getTableColumn())) + (forward ? 1 : -1);
        int row = focus.getRow();
        if (col >= columns.size()) {
            col = 0;
            row = Math.min(row + 1, table.getItems().size() - 1);
        } else if (col < 0) {
            col = columns.size() - 1;
            row = Math.max(row - 1, 0);
        }
        table.getSelectionModel().clearAndSelect(row, columns.get(col));
        table.getFocusModel().focus(row, columns.get(col));
        table.scrollToColumn(columns.get(col));
    }
}
