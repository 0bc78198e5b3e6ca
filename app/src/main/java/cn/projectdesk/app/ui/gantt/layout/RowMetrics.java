package cn.projectdesk.app.ui.gantt.layout;

/** Row and header heights; bars sit in the middle of their row, leaving gaps that arrows run in. */
public record RowMetrics(double rowHeight, double headerHeight) {
    public static final RowMetrics DEFAULT = new RowMetrics(26, 44);

    public double rowTop(int row) {
        return row * rowHeight;
    }

    public double barHeight() {
        return Math.round(rowHeight * 0.5);
    }

    public double barTop(int row) {
        return rowTop(row) + (rowHeight - barHeight()) / 2 - 1;
    }

    /** The thin baseline bar just under the task bar. */
    public double baselineTop(int row) {
        return barTop(row) + barHeight() + 1;
    }

    public double baselineHeight() {
        return Math.max(3, Math.round(rowHeight * 0.14));
    }
}
