package cn.projectdesk.app.ui.gantt.layout;

/** One retained drawing instruction, in viewport coordinates (pixels on screen, points in a PDF). */
public sealed interface Shape permits Shape.Rect, Shape.Line, Shape.Path, Shape.Polygon, Shape.Diamond, Shape.Text, Shape.Clip {
    Ink ink();

    /** A filled rectangle, optionally also outlined in the painter's outline colour for that ink. */
    record Rect(double x, double y, double w, double h, Ink ink) implements Shape {
    }

    record Line(double x1, double y1, double x2, double y2, Ink ink) implements Shape {
    }

    /** An open polyline with an arrow head at its end pointing to {@code headDirection} (+1 right, -1 left). */
    record Path(double[] xs, double[] ys, int headDirection, Ink ink) implements Shape {
    }

    /** A filled polygon, e.g. the expand/collapse triangle of a summary row. */
    record Polygon(double[] xs, double[] ys, Ink ink) implements Shape {
    }

    record Diamond(double cx, double cy, double size, Ink ink) implements Shape {
    }

    /** Text whose baseline starts at (x, y); already cut to fit its cell by the scene builder. */
    record Text(double x, double y, String text, double size, Align align, Ink ink) implements Shape {
    }

    /** Restricts what follows to a rectangle until the next clip; a null-sized clip (w &lt; 0) lifts it. */
    record Clip(double x, double y, double w, double h) implements Shape {
        public static final Clip NONE = new Clip(0, 0, -1, -1);

        @Override
        public Ink ink() {
            return Ink.BACKGROUND;
        }

        public boolean lifts() {
            return w < 0;
        }
    }

    enum Align { LEFT, CENTER, RIGHT }
}
