package cn.projectdesk.app.ui.gantt.export;

import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.Painter;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.paint.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * Draws a display list with Java2D, for PNG export from the window and the command line alike (no
 * JavaFX toolkit needed, works headless). Prefers a font with Chinese glyphs.
 */
public final class Graphics2DPainter implements Painter {
    private static final String[] CJK_FAMILIES = {"WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun", "Noto Sans CJK SC"};
    /** Looked up once: listing the installed families takes milliseconds, far more than a frame may. */
    private static volatile String cjkFamily;
    private final Graphics2D g;
    private final String family;
    private final java.util.Map<Long, Font> fonts = new java.util.HashMap<>();

    public Graphics2DPainter(Graphics2D g) {
        this.g = g;
        this.family = family();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static String family() {
        String known = cjkFamily;
        if (known == null) {
            known = lookUpFamily();
            cjkFamily = known;
        }
        return known;
    }

    private static String lookUpFamily() {
        var installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return Arrays.stream(CJK_FAMILIES).filter(installed::contains).findFirst().orElse(Font.DIALOG);
    }

    @Override
    public void paint(DisplayList list) {
        java.awt.Shape baseClip = g.getClip();
        for (Shape shape : list.shapes()) {
            if (shape instanceof Shape.Clip c) {
                g.setClip(baseClip);
                if (!c.lifts()) {
                    g.clip(new Rectangle2D.Double(c.x(), c.y(), c.w(), c.h()));
                }
            } else if (shape instanceof Shape.Rect r) {
                g.setColor(color(Palette.of(r.ink()).fill()));
                g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
                int outline = Palette.of(r.ink()).outline();
                if (outline >= 0) {
                    g.setColor(color(outline));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Rectangle2D.Double(r.x() + 0.5, r.y() + 0.5, Math.max(0, r.w() - 1), r.h() - 1));
                }
            } else if (shape instanceof Shape.Line l) {
                Palette.Paint p = Palette.of(l.ink());
                g.setColor(color(p.fill()));
                float width = l.ink() == Ink.TODAY || l.ink() == Ink.STATUS_DATE ? 1.5f : 1f;
                g.setStroke(p.dashed() ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0)
                        : new BasicStroke(width));
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            } else if (shape instanceof Shape.Path p) {
                path(p);
            } else if (shape instanceof Shape.Polygon p) {
                g.setColor(color(Palette.of(p.ink()).fill()));
                g.fill(polygon(p.xs(), p.ys()));
            } else if (shape instanceof Shape.Diamond d) {
                double h = d.size() / 2;
                g.setColor(color(Palette.of(d.ink()).fill()));
                g.fill(polygon(new double[] {d.cx(), d.cx() + h, d.cx(), d.cx() - h}, new double[] {d.cy() - h, d.cy(), d.cy() + h, d.cy()}));
            } else if (shape instanceof Shape.Text t) {
                text(t);
            }
        }
        g.setClip(baseClip);
    }

    private void path(Shape.Path p) {
        g.setColor(color(Palette.of(p.ink()).fill()));
        g.setStroke(new BasicStroke(1f));
        int n = p.xs().length;
        Path2D.Double line = new Path2D.Double();
        line.moveTo(p.xs()[0], p.ys()[0]);
        for (int i = 1; i < n - 1; i++) {
            line.lineTo(p.xs()[i], p.ys()[i]);
        }
        line.lineTo(p.xs()[n - 1] - p.headDirection() * 6, p.ys()[n - 1]);
        g.draw(line);
        double x = p.xs()[n - 1];
        double y = p.ys()[n - 1];
        g.fill(polygon(new double[] {x, x - p.headDirection() * 6, x - p.headDirection() * 6}, new double[] {y, y - 3.5, y + 3.5}));
    }

    private void text(Shape.Text t) {
        Palette.Paint paint = Palette.of(t.ink());
        int style = paint.bold() ? Font.BOLD : Font.PLAIN;
        int size = (int) Math.round(t.size());
        g.setFont(fonts.computeIfAbsent(size * 4L + style, k -> new Font(family, style, size)));
        g.setColor(color(paint.fill()));
        double width = g.getFontMetrics().stringWidth(t.text());
        double x = switch (t.align()) {
            case LEFT -> t.x();
            case CENTER -> t.x() - width / 2;
            case RIGHT -> t.x() - width;
        };
        g.drawString(t.text(), (float) x, (float) t.y());
    }

    private static Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    private static Color color(int rgb) {
        return new Color(rgb);
    }
}
