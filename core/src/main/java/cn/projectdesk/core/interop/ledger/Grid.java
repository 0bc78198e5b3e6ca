package cn.projectdesk.core.interop.ledger;

import java.util.List;

/**
 * The visible part of one sheet: rows with their Excel row numbers, columns with their letters (hidden
 * columns left out), merged cells filled with their top-left value.
 */
record Grid(String sheetName, List<String> columns, List<GridRow> rows) {
    record GridRow(int number, List<Cell> cells) {
        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.BLANK;
        }

        boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }

        String joined() {
            StringBuilder b = new StringBuilder();
            for (Cell c : cells) {
                b.append(c.text()).append(' ');
            }
            return b.toString();
        }
    }
}
