package cn.projectdesk.app.ui.gantt.layout;

/**
 * Where a task is drawn, in content coordinates: x from its start to the end of its finish day, y of
 * the bar itself (not the row). A milestone is a diamond centred on {@code x}, {@code width} wide.
 */
public record Bar(Kind kind, int row, double x, double y, double width, double height) {
    public enum Kind { TASK, SUMMARY, MILESTONE }

    public double right() {
        return x + width;
    }

    public double midY() {
        return y + height / 2;
    }

    /** The x where the progress fill ends. */
    public double progressX(int percent) {
        return x + width * Math.max(0, Math.min(100, percent)) / 100.0;
    }
}
