package cn.projectdesk.app.ui.gantt.layout;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the task table left of the chart for the same rows: drawn, like the chart, so that it scrolls
 * with it row for row, stays virtual at 100k tasks and prints with the same code on every PDF page.
 */
public final class TableSceneBuilder {
    static final double TEXT_SIZE = 12;
    public static final double INDENT = 14;
    static final double PAD = 5;

    /** Rows whose fitted cell texts are kept: more than a screen holds, so one scroll step formats one row. */
    static final int CACHED_ROWS = 256;

    private final RowMetrics metrics;
    /**
     * Fitted cell texts of recently drawn rows, slot = row % CACHED_ROWS. Formatting a cell (durations go
     * through MessageFormat, dates through DateTimeFormatter) allocated more per frame than all the shapes;
     * kept for the same model and column list (both immutable, compared by identity).
     */
    private final int[] cachedRow = new int[CACHED_ROWS];
    private final String[][] cachedTexts = new String[CACHED_ROWS][];
    private GanttModel cachedModel;
    private List<TableColumnSpec> cachedColumns;

    public TableSceneBuilder(RowMetrics metrics) {
        this.metrics = metrics;
    }

    public static double width(List<TableColumnSpec> columns) {
        double width = 0;
        for (int i = 0; i < columns.size(); i++) {
            width += columns.get(i).width();
        }
        return width;
    }

    public void build(DisplayList list, GanttModel model, List<TableColumnSpec> columns, double scrollY, double height,
                      int selectedRow, Set<UUID> collapsed) {
        double width = width(columns);
        double header = metrics.headerHeight();
        double bodyHeight = Math.max(0, height - header);
        RowWindow window = RowWindow.of(scrollY, bodyHeight, metrics.rowHeight(), model.rowCount());
        double dy = header - scrollY;
        list.add(new Shape.Clip(0, header, width, bodyHeight));
        list.add(new Shape.Rect(0, header, width, bodyHeight, Ink.BACKGROUND));
        if (window.contains(selectedRow)) {
            list.add(new Shape.Rect(0, metrics.rowTop(selectedRow) + dy, width, metrics.rowHeight(), Ink.ROW_SELECTED));
        }
        if (model != cachedModel || columns != cachedColumns) {
            java.util.Arrays.fill(cachedRow, -1);
            cachedModel = model;
            cachedColumns = columns;
        }
        for (int r = window.first(); r < window.end(); r++) {
            GanttRow row = model.row(r);
            double top = metrics.rowTop(r) + dy;
            double baseline = top + metrics.rowHeight() / 2 + TEXT_SIZE * 0.36;
            String[] texts = texts(row, r, columns);
            double x = 0;
            for (int c = 0; c < columns.size(); c++) {
                TableColumnSpec column = columns.get(c);
                cell(list, row, column, texts[c], x, top, baseline, collapsed);
                x += column.width();
            }
            list.add(new Shape.Line(0, top + metrics.rowHeight(), width, top + metrics.rowHeight(), Ink.GRID));
        }
        list.add(Shape.Clip.NONE);
        list.add(new Shape.Rect(0, 0, width, header, Ink.HEADER_BACKGROUND));
        double x = 0;
        for (TableColumnSpec column : columns) {
            list.add(new Shape.Line(x, 0, x, height, Ink.HEADER_LINE));
            String text = TextFit.fit(column.header(), TEXT_SIZE, column.width() - 2 * PAD);
            list.add(new Shape.Text(textX(column, x), header / 2 + TEXT_SIZE * 0.36 + header / 4, text, TEXT_SIZE,
                    column.align(), Ink.TABLE_HEADER_TEXT));
            x += column.width();
        }
        list.add(new Shape.Line(width - 0.5, 0, width - 0.5, height, Ink.HEADER_LINE));
        list.add(new Shape.Line(0, header - 0.5, width, header - 0.5, Ink.HEADER_LINE));
    }

    private String[] texts(GanttRow row, int r, List<TableColumnSpec> columns) {
        int slot = r % CACHED_ROWS;
        if (cachedRow[slot] == r) {
            return cachedTexts[slot];
        }
        String[] texts = new String[columns.size()];
        for (int c = 0; c < texts.length; c++) {
            TableColumnSpec column = columns.get(c);
            texts[c] = TextFit.fit(column.value().apply(row), TEXT_SIZE, room(row, column));
        }
        cachedRow[slot] = r;
        cachedTexts[slot] = texts;
        return texts;
    }

    private static double room(GanttRow row, TableColumnSpec column) {
        double room = column.width() - 2 * PAD;
        return column.tree() ? room - (row.level() * INDENT + INDENT) : room;
    }

    private void cell(DisplayList list, GanttRow row, TableColumnSpec column, String text, double x, double top,
                      double baseline, Set<UUID> collapsed) {
        double left = x + PAD;
        if (column.tree()) {
            double indent = row.level() * INDENT;
            if (row.summary()) {
                expander(list, left + indent, top + metrics.rowHeight() / 2, collapsed.contains(row.id()));
            }
            left += indent + INDENT;
        }
        if (text.isEmpty()) {
            return;
        }
        double textX = switch (column.align()) {
            case LEFT -> left;
            case CENTER -> x + column.width() / 2;
            case RIGHT -> x + column.width() - PAD;
        };
        list.add(new Shape.Text(textX, baseline, text, TEXT_SIZE, column.align(),
                row.summary() ? Ink.TABLE_TEXT_BOLD : Ink.TABLE_TEXT));
    }

    /** A small triangle: pointing down when the summary is open, right when it is collapsed. */
    private static void expander(DisplayList list, double x, double cy, boolean collapsed) {
        if (collapsed) {
            list.add(new Shape.Polygon(new double[] {x + 2, x + 8, x + 2}, new double[] {cy - 4, cy, cy + 4}, Ink.TABLE_TEXT));
        } else {
            list.add(new Shape.Polygon(new double[] {x, x + 8, x + 4}, new double[] {cy - 2, cy - 2, cy + 3}, Ink.TABLE_TEXT));
        }
    }

    private static double textX(TableColumnSpec column, double x) {
        return switch (column.align()) {
            case LEFT -> x + PAD;
            case CENTER -> x + column.width() / 2;
            case RIGHT -> x + column.width() - PAD;
        };
    }

    /** Which column a click at x falls in, or -1. */
    public static int columnAt(List<TableColumnSpec> columns, double x) {
        double left = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (x >= left && x < left + columns.get(i).width()) {
                return i;
            }
            left += columns.get(i).width();
        }
        return -1;
    }
}
