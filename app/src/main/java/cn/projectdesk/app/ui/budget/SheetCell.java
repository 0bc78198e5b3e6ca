package cn.projectdesk.app.ui.budget;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A sheet cell: text from its {@link SheetColumn}, amounts right-aligned, red when its figure is over the
 * threshold; editable only on line rows of editable columns. In the editor Enter commits, Escape cancels
 * and Tab commits and moves on, as in Excel.
 */
final class SheetCell extends TableCell<SheetRow, SheetRow> {
    static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private final SheetColumn column;
    private final BiConsumer<SheetCell, Boolean> onTab;
    private TextField editor;

    SheetCell(SheetColumn column, BiConsumer<SheetCell, Boolean> onTab) {
        this.column = column;
        this.onTab = onTab;
        getStyleClass().add("sheet-cell");
        setAlignment(column.numeric() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    }

    SheetColumn sheetColumn() {
        return column;
    }

    @Override
    protected void updateItem(SheetRow row, boolean empty) {
        super.updateItem(row, empty);
        boolean over = !empty && row != null && (column == SheetColumn.COMMITTED && row.committedOver()
                || column == SheetColumn.PAID && row.paidOver() || column == SheetColumn.RATE && row.paidOver());
        pseudoClassStateChanged(OVER, over);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && editor != null) {
            setText(null);
            setGraphic(editor);
        } else {
            setText(column.display(row));
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        SheetRow row = getItem();
        if (row == null || !row.isLine() || !column.editable() || !getTableView().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(column.copyText(row));
        editor.setAlignment(getAlignment());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitEdit(editedRow());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                commitEdit(editedRow());
                onTab.accept(this, !e.isShiftDown());
            }
        });
        setText(null);
        setGraphic(editor);
        editor.selectAll();
        editor.requestFocus();
    }

    /** The typed text travels in the label of a copy of the row; the column's commit handler reads it. */
    private SheetRow editedRow() {
        SheetRow row = getItem();
        return new SheetRow(row.kind(), editor.getText(), row.line(), row.figures(), row.committedOver(), row.paidOver());
    }

    @Override
    public void cancelEdit() {
        boolean hadFocus = editor != null && editor.isFocused();
        super.cancelEdit();
        editor = null;
        updateItem(getItem(), getItem() == null);
        keepKeyboardInTable(hadFocus);
    }

    @Override
    public void commitEdit(SheetRow newValue) {
        boolean hadFocus = editor != null && editor.isFocused();
        super.commitEdit(newValue);
        editor = null;
        keepKeyboardInTable(hadFocus);
    }

    /** The editor goes away with the edit: the keys must go on to the sheet, not to the next field of the page. */
    private void keepKeyboardInTable(boolean hadFocus) {
        if (hadFocus && getTableView() != null) {
            getTableView().requestFocus();
        }
    }
}
