package cn.projectdesk.app.ui.gantt.paint;

/** The triangle at the end of a link line, the same on every medium. */
final class ArrowHead {
    static final double LENGTH = 6;
    static final double HALF = 3.5;

    private ArrowHead() {
    }

    /** xs and ys of the head whose tip is (x, y), pointing right (+1) or left (-1). */
    static double[][] at(double x, double y, int direction) {
        return new double[][] {{x, x - direction * LENGTH, x - direction * LENGTH}, {y, y - HALF, y + HALF}};
    }
}
