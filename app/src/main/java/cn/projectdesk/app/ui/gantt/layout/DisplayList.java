package cn.projectdesk.app.ui.gantt.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** The retained output of a scene builder, drawn in order by a {@link Painter}. */
public final class DisplayList {
    private final List<Shape> shapes = new ArrayList<>(512);

    public DisplayList add(Shape shape) {
        shapes.add(shape);
        return this;
    }

    /** Appends shapes kept from an earlier frame (shapes are immutable values). */
    public DisplayList addAll(List<Shape> kept) {
        // one by one: ArrayList.addAll copies the source into a fresh array first, on every frame
        for (int i = 0, n = kept.size(); i < n; i++) {
            shapes.add(kept.get(i));
        }
        return this;
    }

    public List<Shape> shapes() {
        return Collections.unmodifiableList(shapes);
    }

    /** The i-th shape: painters index instead of iterating, so a frame allocates no iterator. */
    public Shape get(int i) {
        return shapes.get(i);
    }

    public int size() {
        return shapes.size();
    }

    public <T extends Shape> List<T> of(Class<T> type) {
        return shapes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends Shape> List<T> of(Class<T> type, Predicate<T> filter) {
        return of(type).stream().filter(filter).toList();
    }

    /** Appends another list moved by (dx, dy): how print pages place the table and chart side by side. */
    public DisplayList addAll(DisplayList other, double dx, double dy) {
        for (Shape s : other.shapes) {
            shapes.add(moved(s, dx, dy));
        }
        return this;
    }

    private static Shape moved(Shape s, double dx, double dy) {
        if (s instanceof Shape.Rect r) {
            return new Shape.Rect(r.x() + dx, r.y() + dy, r.w(), r.h(), r.ink());
        } else if (s instanceof Shape.Line l) {
            return new Shape.Line(l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.ink());
        } else if (s instanceof Shape.Path p) {
            return new Shape.Path(plus(p.xs(), dx), plus(p.ys(), dy), p.headDirection(), p.ink());
        } else if (s instanceof Shape.Polygon p) {
            return new Shape.Polygon(plus(p.xs(), dx), plus(p.ys(), dy), p.ink());
        } else if (s instanceof Shape.Diamond d) {
            return new Shape.Diamond(d.cx() + dx, d.cy() + dy, d.size(), d.ink());
        } else if (s instanceof Shape.Text t) {
            return new Shape.Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.align(), t.ink());
        }
        Shape.Clip c = (Shape.Clip) s;
        return c.lifts() ? c : new Shape.Clip(c.x() + dx, c.y() + dy, c.w(), c.h());
    }

    private static double[] plus(double[] values, double d) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] + d;
        }
        return out;
    }

    public void clear() {
        shapes.clear();
    }
}
