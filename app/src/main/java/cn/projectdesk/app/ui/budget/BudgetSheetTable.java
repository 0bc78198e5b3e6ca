package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The budget sheet's table: one column per {@link SheetColumn}, cell selection over ranges, subtotal and
 * total rows styled, the header fixed above the scrolling rows. Edits go to the model; the table never
 * changes its rows itself, it waits for the reload and then puts the focus back where it was.
 */
final class BudgetSheetTable {
    static final PseudoClass SUBTOTAL = PseudoClass.getPseudoClass("subtotal");
    static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    private final BudgetSheetModel model;
    private final TableView<SheetRow> table = new TableView<>();
    private int focusRow = -1;
    private TableColumn<SheetRow, ?> focusColumn;

    BudgetSheetTable(BudgetSheetModel model) {
        this.model = model;
        Messages messages = model.messages();
        table.setId("budget-sheet");
        table.getStyleClass().add("budget-sheet");
        table.setItems(model.rows());
        table.setEditable(model.canEdit());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(messages.get("budget.empty")));
        table.setRowFactory(t -> new StyledRow());
        for (SheetColumn c : SheetColumn.values()) {
            table.getColumns().add(column(c, messages));
        }
        table.getFocusModel().focusedCellProperty().addListener((o, old, now) -> {
            if (now != null && now.getRow() >= 0 && now.getTableColumn() != null) {
                focusRow = now.getRow();
                focusColumn = now.getTableColumn();
            }
        });
        SheetKeys.install(table, this::copy, this::paste);
        model.setOnLoaded(this::restoreFocus);
    }

    TableView<SheetRow> node() {
        return table;
    }

    private TableColumn<SheetRow, SheetRow> column(SheetColumn c, Messages messages) {
        TableColumn<SheetRow, SheetRow> column = new TableColumn<>(messages.get(c.key()));
        column.setId("budget-" + c.name().toLowerCase(java.util.Locale.ROOT));
        column.setUserData(c);
        column.setPrefWidth(c.width());
        column.setSortable(false);
        column.setEditable(c.editable());
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        column.setCellFactory(col -> new SheetCell(c, (cell, forward) -> SheetKeys.move(table, forward)));
        column.setOnEditCommit(e -> model.editCell(e.getRowValue(), c, e.getNewValue().label()));
        return column;
    }

    /** The sheet columns in their current on-screen order (the user may hide or move them). */
    List<SheetColumn> visibleColumns() {
        return table.getVisibleLeafColumns().stream().map(col -> (SheetColumn) col.getUserData()).toList();
    }

    /** Copies the smallest rectangle holding the selected cells. */
    void copy() {
        List<TablePosition> cells = new ArrayList<>(table.getSelectionModel().getSelectedCells());
        if (cells.isEmpty()) {
            return;
        }
        TreeSet<Integer> rows = new TreeSet<>();
        int minCol = Integer.MAX_VALUE;
        int maxCol = -1;
        List<TableColumn<SheetRow, ?>> visible = table.getVisibleLeafColumns();
        for (TablePosition p : cells) {
            rows.add(p.getRow());
            int col = visible.indexOf(p.getTableColumn());
            minCol = Math.min(minCol, col);
            maxCol = Math.max(maxCol, col);
        }
        List<Integer> rowRange = new ArrayList<>();
        for (int r = rows.first(); r <= rows.last(); r++) {
            rowRange.add(r);
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copy(rowRange, visibleColumns().subList(minCol, maxCol + 1)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes the clipboard's text with its top-left cell at the focused cell (or the selection's first). */
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        TablePosition<SheetRow, ?> anchor = table.getFocusModel().getFocusedCell();
        if (text == null || anchor == null || anchor.getRow() < 0) {
            return;
        }
        int col = table.getVisibleLeafColumns().indexOf(anchor.getTableColumn());
        model.paste(anchor.getRow(), Math.max(col, 0), visibleColumns(), text);
    }

    private void restoreFocus() {
        if (focusRow >= 0 && focusColumn != null && !table.getItems().isEmpty()) {
            int row = Math.min(focusRow, table.getItems().size() - 1);
            table.getSelectionModel().clearAndSelect(row, focusColumn);
            table.getFocusModel().focus(row, focusColumn);
        }
    }

    SheetRow selectedRow() {
        TablePosition<SheetRow, ?> focus = table.getFocusModel().getFocusedCell();
        return focus == null || focus.getRow() < 0 || focus.getRow() >= table.getItems().size() ? null
                : table.getItems().get(focus.getRow());
    }

    /** Subtotal and total rows bold and tinted so the sheet's structure reads at a glance. */
    private static final class StyledRow extends TableRow<SheetRow> {
        @Override
        protected void updateItem(SheetRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean sub = !empty && item != null && (item.kind() == SheetRow.Kind.CLASS_SUBTOTAL
                    || item.kind() == SheetRow.Kind.SOURCE_SUBTOTAL);
            pseudoClassStateChanged(SUBTOTAL, sub);
            pseudoClassStateChanged(TOTAL, !empty && item != null && item.kind() == SheetRow.Kind.TOTAL);
        }
    }
}
