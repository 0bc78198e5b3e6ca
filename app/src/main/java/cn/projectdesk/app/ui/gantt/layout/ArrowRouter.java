package cn.projectdesk.app.ui.gantt.layout;

import cn.projectdesk.core.schedule.DependencyType;

/**
 * Routes the four link types MS Project style. A link leaves the predecessor at its finish (FS, FF) or
 * start (SS, SF) horizontally, and enters the successor at its start (FS, SS) from the left or at its
 * finish (FF, SF) from the right. When the successor's side lies behind the exit, the line turns in
 * the gap between the two rows instead of running through either bar.
 */
public record ArrowRouter(RowMetrics metrics) {
    /** How far a line runs straight out of a bar before it turns. */
    public static final double STUB = 8;

    public Arrow route(Bar from, Bar to, DependencyType type, boolean critical) {
        boolean fromFinish = type == DependencyType.FS || type == DependencyType.FF;
        boolean toStart = type == DependencyType.FS || type == DependencyType.SS;
        int out = fromFinish ? 1 : -1;
        int in = toStart ? 1 : -1;
        double x1 = fromFinish ? from.right() : from.x();
        double y1 = from.midY();
        double x2 = toStart ? to.x() : to.right();
        double y2 = to.midY();
        double exitX = x1 + out * STUB;
        double entryX = x2 - in * STUB;
        if (out != in) {
            // SS goes round the left of both bars, FF round the right: one vertical at the outer x.
            double xv = out < 0 ? Math.min(exitX, entryX) : Math.max(exitX, entryX);
            return new Arrow(new double[] {x1, xv, xv, x2}, new double[] {y1, y1, y2, y2}, in, critical);
        }
        boolean direct = out > 0 ? exitX <= entryX : exitX >= entryX;
        if (direct || from.row() == to.row()) {
            return new Arrow(new double[] {x1, exitX, exitX, x2}, new double[] {y1, y1, y2, y2}, in, critical);
        }
        double gapY = to.row() > from.row() ? metrics.rowTop(to.row()) : metrics.rowTop(to.row() + 1);
        return new Arrow(new double[] {x1, exitX, exitX, entryX, entryX, x2},
                new double[] {y1, y1, gapY, gapY, y2, y2}, in, critical);
    }
}
