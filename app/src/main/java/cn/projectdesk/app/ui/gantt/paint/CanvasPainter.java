package cn.projectdesk.app.ui.gantt.paint;

import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.Painter;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws a display list on a JavaFX canvas. Fonts and colours are cached: this runs for every frame. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;
    private final String family;
    private final Color[] fills = new Color[cn.projectdesk.app.ui.gantt.layout.Ink.values().length];
    private final Color[] outlines = new Color[fills.length];
    /** The last font of each weight: a frame uses one or two sizes, and a map keyed by Double boxed every text. */
    private Font plain;
    private Font bold;
    /** Reused point buffers for arrows and diamonds (the canvas copies them into its command buffer). */
    private double[] xs = new double[8];
    private double[] ys = new double[8];
    private final double[] headXs = new double[3];
    private final double[] headYs = new double[3];

    public CanvasPainter(GraphicsContext g) {
        this.g = g;
        this.family = Font.getDefault().getFamily();
        for (var ink : cn.projectdesk.app.ui.gantt.layout.Ink.values()) {
            Palette.Paint p = Palette.of(ink);
            fills[ink.ordinal()] = color(p.fill());
            outlines[ink.ordinal()] = p.outline() < 0 ? null : color(p.outline());
        }
    }

    private static Color color(int rgb) {
        return Color.color(Palette.red(rgb), Palette.green(rgb), Palette.blue(rgb));
    }

    @Override
    public void paint(DisplayList list) {
        // Clearing the whole canvas (no clip, no transform) lets JavaFX drop the commands of earlier frames
        // still waiting for a pulse, instead of rendering them all.
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.save();
        g.setTextBaseline(VPos.BASELINE);
        boolean clipped = false;
        for (int i = 0, n = list.size(); i < n; i++) {
            Shape shape = list.get(i);
            if (shape instanceof Shape.Clip c) {
                if (clipped) {
                    g.restore();
                    clipped = false;
                }
                if (!c.lifts()) {
                    g.save();
                    g.beginPath();
                    g.rect(c.x(), c.y(), c.w(), c.h());
                    g.clip();
                    clipped = true;
                }
            } else if (shape instanceof Shape.Rect r) {
                rect(r);
            } else if (shape instanceof Shape.Line l) {
                line(l);
            } else if (shape instanceof Shape.Path p) {
                path(p);
            } else if (shape instanceof Shape.Polygon p) {
                g.setFill(fills[p.ink().ordinal()]);
                g.fillPolygon(p.xs(), p.ys(), p.xs().length);
            } else if (shape instanceof Shape.Diamond d) {
                diamond(d);
            } else if (shape instanceof Shape.Text t) {
                text(t);
            }
        }
        if (clipped) {
            g.restore();
        }
        g.restore();
    }

    private void rect(Shape.Rect r) {
        g.setFill(fills[r.ink().ordinal()]);
        g.fillRect(r.x(), r.y(), r.w(), r.h());
        Color outline = outlines[r.ink().ordinal()];
        if (outline != null) {
            g.setStroke(outline);
            g.setLineWidth(1);
            g.setLineDashes();
            g.strokeRect(Math.round(r.x()) + 0.5, Math.round(r.y()) + 0.5, Math.max(0, Math.round(r.w()) - 1), Math.round(r.h()) - 1);
        }
    }

    private void line(Shape.Line l) {
        Palette.Paint p = Palette.of(l.ink()); // an EnumMap lookup, no allocation
        g.setStroke(fills[l.ink().ordinal()]);
        g.setLineWidth(l.ink() == cn.projectdesk.app.ui.gantt.layout.Ink.TODAY || l.ink() == cn.projectdesk.app.ui.gantt.layout.Ink.STATUS_DATE ? 1.5 : 1);
        if (p.dashed()) {
            g.setLineDashes(5, 3);
        } else {
            g.setLineDashes();
        }
        // Half-pixel positions keep one-pixel lines sharp.
        g.strokeLine(snap(l.x1()), snap(l.y1()), snap(l.x2()), snap(l.y2()));
    }

    private void path(Shape.Path p) {
        Color color = fills[p.ink().ordinal()];
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(1);
        g.setLineDashes();
        int n = p.xs().length;
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = snap(p.xs()[i]);
            ys[i] = snap(p.ys()[i]);
        }
        // The line stops where the head begins, so the tip stays sharp.
        xs[n - 1] -= p.headDirection() * ArrowHead.LENGTH;
        g.strokePolyline(xs, ys, n);
        ArrowHead.at(p.xs()[n - 1], ys[n - 1], p.headDirection(), headXs, headYs);
        g.fillPolygon(headXs, headYs, 3);
    }

    private void diamond(Shape.Diamond d) {
        double h = d.size() / 2;
        g.setFill(fills[d.ink().ordinal()]);
        xs[0] = d.cx();
        xs[1] = d.cx() + h;
        xs[2] = d.cx();
        xs[3] = d.cx() - h;
        ys[0] = d.cy() - h;
        ys[1] = d.cy();
        ys[2] = d.cy() + h;
        ys[3] = d.cy();
        g.fillPolygon(xs, ys, 4);
    }

    private void text(Shape.Text t) {
        boolean isBold = Palette.of(t.ink()).bold();
        Font font = isBold ? bold : plain;
        if (font == null || font.getSize() != t.size()) {
            font = Font.font(family, isBold ? FontWeight.BOLD : FontWeight.NORMAL, t.size());
            if (isBold) {
                bold = font;
            } else {
                plain = font;
            }
        }
        g.setFont(font);
        g.setFill(fills[t.ink().ordinal()]);
        g.setTextAlign(switch (t.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(t.text(), t.x(), t.y());
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
