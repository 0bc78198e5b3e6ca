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
    private static final int MAX_CACHED_SIZE = 48;
    private static final BasicStroke THIN = new BasicStroke(1f);
    private static final BasicStroke WIDE = new BasicStroke(1.5f);
    private static final BasicStroke THIN_DASHED = dashed(1f);
    private static final BasicStroke WIDE_DASHED = dashed(1.5f);
    private final Font[] fontsBySize = new Font[(MAX_CACHED_SIZE + 1) * 2];
    // Colours per ink and one reusable geometry of each kind: Java2D copies what it draws, so nothing
    // here needs a new object per shape (fewer young collections while scrolling).
    private final Color[] fills = new Color[Ink.values().length];
    private final Color[] outlines = new Color[fills.length];
    private final boolean[] dashed = new boolean[fills.length];
    private final boolean[] bold = new boolean[fills.length];
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Line2D.Double line = new Line2D.Double();
    private final Path2D.Double outline = new Path2D.Double();

    public Graphics2DPainter(Graphics2D g) {
        this.g = g;
        this.family = family();
        for (Ink ink : Ink.values()) {
            Palette.Paint p = Palette.of(ink);
            fills[ink.ordinal()] = new Color(p.fill());
            outlines[ink.ordinal()] = p.outline() < 0 ? null : new Color(p.outline());
            dashed[ink.ordinal()] = p.dashed();
            bold[ink.ordinal()] = p.bold();
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0);
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
        // indexed, not iterated: no iterator per frame (the scroll benchmark counts allocations)
        for (int i = 0, n = list.size(); i < n; i++) {
            Shape shape = list.get(i);
            if (shape instanceof Shape.Clip c) {
                g.setClip(baseClip);
                if (!c.lifts()) {
                    rect.setRect(c.x(), c.y(), c.w(), c.h());
                    g.clip(rect);
                }
            } else if (shape instanceof Shape.Rect r) {
                g.setColor(fills[r.ink().ordinal()]);
                rect.setRect(r.x(), r.y(), r.w(), r.h());
                g.fill(rect);
                Color border = outlines[r.ink().ordinal()];
                if (border != null) {
                    g.setColor(border);
                    g.setStroke(THIN);
                    rect.setRect(r.x() + 0.5, r.y() + 0.5, Math.max(0, r.w() - 1), r.h() - 1);
                    g.draw(rect);
                }
            } else if (shape instanceof Shape.Line l) {
                g.setColor(fills[l.ink().ordinal()]);
                boolean wide = l.ink() == Ink.TODAY || l.ink() == Ink.STATUS_DATE;
                g.setStroke(dashed[l.ink().ordinal()] ? (wide ? WIDE_DASHED : THIN_DASHED) : wide ? WIDE : THIN);
                line.setLine(l.x1(), l.y1(), l.x2(), l.y2());
                g.draw(line);
            } else if (shape instanceof Shape.Path p) {
                path(p);
            } else if (shape instanceof Shape.Polygon p) {
                g.setColor(fills[p.ink().ordinal()]);
                g.fill(polygon(p.xs(), p.ys(), p.xs().length));
            } else if (shape instanceof Shape.Diamond d) {
                double h = d.size() / 2;
                g.setColor(fills[d.ink().ordinal()]);
                outline.reset();
                outline.moveTo(d.cx(), d.cy() - h);
                outline.lineTo(d.cx() + h, d.cy());
                outline.lineTo(d.cx(), d.cy() + h);
                outline.lineTo(d.cx() - h, d.cy());
                outline.closePath();
                g.fill(outline);
            } else if (shape instanceof Shape.Text t) {
                text(t);
            }
        }
        g.setClip(baseClip);
    }

    private void path(Shape.Path p) {
        g.setColor(fills[p.ink().ordinal()]);
        g.setStroke(THIN);
        int n = p.xs().length;
        outline.reset();
        outline.moveTo(p.xs()[0], p.ys()[0]);
        for (int i = 1; i < n - 1; i++) {
            outline.lineTo(p.xs()[i], p.ys()[i]);
        }
        outline.lineTo(p.xs()[n - 1] - p.headDirection() * 6, p.ys()[n - 1]);
        g.draw(outline);
        double x = p.xs()[n - 1];
        double y = p.ys()[n - 1];
        outline.reset();
        outline.moveTo(x, y);
        outline.lineTo(x - p.headDirection() * 6, y - 3.5);
        outline.lineTo(x - p.headDirection() * 6, y + 3.5);
        outline.closePath();
        g.fill(outline);
    }

    private void text(Shape.Text t) {
        int style = bold[t.ink().ordinal()] ? Font.BOLD : Font.PLAIN;
        int size = (int) Math.round(t.size());
        g.setFont(font(size, style));
        g.setColor(fills[t.ink().ordinal()]);
        double x = switch (t.align()) {
            case LEFT -> t.x();
            case CENTER -> t.x() - g.getFontMetrics().stringWidth(t.text()) / 2.0;
            case RIGHT -> t.x() - g.getFontMetrics().stringWidth(t.text());
        };
        g.drawString(t.text(), (float) x, (float) t.y());
    }

    /** Fonts by size and style in a small array: a map keyed by a boxed number allocated on every text. */
    private Font font(int size, int style) {
        int index = Math.min(size, MAX_CACHED_SIZE) * 2 + (style == Font.BOLD ? 1 : 0);
        Font font = fontsBySize[index];
        if (font == null || font.getSize() != size) {
            font = new Font(family, style, size);
            if (size <= MAX_CACHED_SIZE) {
                fontsBySize[index] = font;
            }
        }
        return font;
    }

    private Path2D polygon(double[] xs, double[] ys, int n) {
        outline.reset();
        outline.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            outline.lineTo(xs[i], ys[i]);
        }
        outline.closePath();
        return outline;
    }
}
