package cn.projectdesk.app.ui.gantt.paint;

/** The triangle at the end of a link line, the same on every medium. */
final class ArrowHead {
    static final double LENGTH = 6;
    static final double HALF = 3.5;

    private ArrowHead() {
    }

    /** xs and ys of the head whose tip is (x, y), pointing right (+1) or left (-1), into the caller's 3-point buffers. */
    static void at(double x, double y, int direction, double[] xs, double[] ys) {
        xs[0] = x;
        xs[1] = x - direction * LENGTH;
        xs[2] = x - direction * LENGTH;
        ys[0] = y;
        ys[1] = y - HALF;
        ys[2] = y + HALF;
    }
}
