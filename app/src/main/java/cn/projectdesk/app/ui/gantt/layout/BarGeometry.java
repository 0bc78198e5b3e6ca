package cn.projectdesk.app.ui.gantt.layout;

/** Where each kind of task goes on the chart, given the time scale and the row metrics. */
public record BarGeometry(TimeScale scale, RowMetrics metrics) {
    /** A milestone's diamond is this wide whatever the zoom, so that it stays visible at "years". */
    public static final double MILESTONE_SIZE = 12;
    /** A task shorter than this (at far zoom) is widened so that it can still be seen and grabbed. */
    public static final double MIN_BAR_WIDTH = 3;

    /** The bar of a scheduled row; null when the task has no dates. */
    public Bar bar(GanttRow task, int row) {
        if (!task.scheduled()) {
            return null;
        }
        double top = metrics.barTop(row);
        double height = metrics.barHeight();
        if (task.milestone() && !task.summary()) {
            // A milestone marks the end of its finish day, as in MS Project: where its predecessor ends.
            double centre = scale.endX(task.finish());
            double size = Math.min(MILESTONE_SIZE, metrics.rowHeight() - 6);
            return new Bar(Bar.Kind.MILESTONE, row, centre - size / 2, metrics.rowTop(row) + (metrics.rowHeight() - size) / 2,
                    size, size);
        }
        double x = scale.x(task.start());
        double width = Math.max(MIN_BAR_WIDTH, scale.endX(task.finish()) - x);
        if (task.summary()) {
            double h = Math.round(height * 0.55);
            return new Bar(Bar.Kind.SUMMARY, row, x, top + (height - h) / 2, width, h);
        }
        return new Bar(Bar.Kind.TASK, row, x, top, width, height);
    }
}
