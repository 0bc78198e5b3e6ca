package cn.projectdesk.app.ui.gantt.layout;

/**
 * A routed dependency: an orthogonal polyline from the predecessor to the successor; the head points
 * along the last segment ({@code headDirection} +1 = to the right, -1 = to the left).
 */
public record Arrow(double[] xs, double[] ys, int headDirection, boolean critical) {
    public int points() {
        return xs.length;
    }

    public double endX() {
        return xs[xs.length - 1];
    }

    public double endY() {
        return ys[ys.length - 1];
    }
}
