package cn.projectdesk.app.ui.gantt.layout;

/**
 * The vertical partition of GanttProject: rows [first, end) intersect the viewport and are drawn;
 * rows above and below are not, though they still anchor arrows into the viewport.
 */
public record RowWindow(int first, int end) {
    public static RowWindow of(double scrollY, double height, double rowHeight, int rowCount) {
        if (rowCount == 0 || height <= 0) {
            return new RowWindow(0, 0);
        }
        int first = (int) Math.max(0, Math.floor(scrollY / rowHeight));
        int end = (int) Math.min(rowCount, Math.ceil((scrollY + height) / rowHeight));
        return new RowWindow(Math.min(first, rowCount), Math.max(end, Math.min(first, rowCount)));
    }

    public boolean contains(int row) {
        return row >= first && row < end;
    }

    public int size() {
        return end - first;
    }
}
