package cn.projectdesk.app.ui.gantt.layout;

/** What lies under the mouse on the chart: a row and the part of its bar the pointer can grab. */
public record ChartHit(int row, Part part, Bar bar) {
    public static final ChartHit NONE = new ChartHit(-1, Part.NONE, null);

    public enum Part {
        NONE, ROW, BAR, FINISH_HANDLE, PROGRESS_HANDLE
    }

    /** How near (in pixels) the pointer must be to a bar's end or progress edge to grab it. */
    public static final double GRAB = 5;

    /** Hit test at content coordinates (x, y), i.e. after adding the scroll offsets. */
    public static ChartHit at(GanttModel model, BarGeometry geometry, double x, double y) {
        int row = (int) Math.floor(y / geometry.metrics().rowHeight());
        if (y < 0 || row >= model.rowCount()) {
            return NONE;
        }
        GanttRow task = model.row(row);
        Bar bar = geometry.bar(task, row);
        if (bar == null || y < bar.y() - 2 || y > bar.y() + bar.height() + 2
                || x < bar.x() - GRAB || x > bar.right() + GRAB) {
            return new ChartHit(row, Part.ROW, bar);
        }
        if (bar.kind() == Bar.Kind.TASK) {
            if (Math.abs(x - bar.right()) <= GRAB) {
                return new ChartHit(row, Part.FINISH_HANDLE, bar);
            }
            // The progress edge is grabbed in the lower half, so that the middle still moves or links the bar.
            if (Math.abs(x - bar.progressX(task.percentComplete())) <= GRAB && y >= bar.midY()) {
                return new ChartHit(row, Part.PROGRESS_HANDLE, bar);
            }
        }
        if (x < bar.x() || x > bar.right()) {
            return new ChartHit(row, Part.ROW, bar);
        }
        return new ChartHit(row, Part.BAR, bar);
    }
}
