package cn.projectdesk.app.ui.gantt.export;

import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.Painter;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.paint.Palette;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a display list into one PDF page. The list is in points with y downwards; PDF's y goes up,
 * so every y is flipped against the page height. Characters the font lacks become "?" rather than
 * failing the whole export.
 */
final class PdfPainter implements Painter {
    private final PDPageContentStream out;
    private final PDFont font;
    private final double pageHeight;

    PdfPainter(PDPageContentStream out, PDFont font, double pageHeight) {
        this.out = out;
        this.font = font;
        this.pageHeight = pageHeight;
    }

    @Override
    public void paint(DisplayList list) {
        try {
            boolean clipped = false;
            for (Shape shape : list.shapes()) {
                if (shape instanceof Shape.Clip c) {
                    if (clipped) {
                        out.restoreGraphicsState();
                        clipped = false;
                    }
                    if (!c.lifts()) {
                        out.saveGraphicsState();
                        out.addRect((float) c.x(), y(c.y() + c.h()), (float) c.w(), (float) c.h());
                        out.clip();
                        clipped = true;
                    }
                } else {
                    draw(shape);
                }
            }
            if (clipped) {
                out.restoreGraphicsState();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Shape shape) throws IOException {
        if (shape instanceof Shape.Rect r) {
            fill(r.ink());
            out.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
            out.fill();
            int outline = Palette.of(r.ink()).outline();
            if (outline >= 0) {
                stroke(outline, 0.6f, false);
                out.addRect((float) r.x(), y(r.y() + r.h()), (float) r.w(), (float) r.h());
                out.stroke();
            }
        } else if (shape instanceof Shape.Line l) {
            Palette.Paint p = Palette.of(l.ink());
            stroke(p.fill(), l.ink() == Ink.TODAY || l.ink() == Ink.STATUS_DATE ? 1f : 0.5f, p.dashed());
            out.moveTo((float) l.x1(), y(l.y1()));
            out.lineTo((float) l.x2(), y(l.y2()));
            out.stroke();
        } else if (shape instanceof Shape.Path p) {
            path(p);
        } else if (shape instanceof Shape.Polygon p) {
            fill(p.ink());
            polygon(p.xs(), p.ys());
            out.fill();
        } else if (shape instanceof Shape.Diamond d) {
            double h = d.size() / 2;
            fill(d.ink());
            polygon(new double[] {d.cx(), d.cx() + h, d.cx(), d.cx() - h}, new double[] {d.cy() - h, d.cy(), d.cy() + h, d.cy()});
            out.fill();
        } else if (shape instanceof Shape.Text t) {
            text(t);
        }
    }

    private void path(Shape.Path p) throws IOException {
        int color = Palette.of(p.ink()).fill();
        stroke(color, 0.6f, false);
        int n = p.xs().length;
        out.moveTo((float) p.xs()[0], y(p.ys()[0]));
        for (int i = 1; i < n - 1; i++) {
            out.lineTo((float) p.xs()[i], y(p.ys()[i]));
        }
        out.lineTo((float) (p.xs()[n - 1] - p.headDirection() * 4), y(p.ys()[n - 1]));
        out.stroke();
        double x = p.xs()[n - 1];
        double yy = p.ys()[n - 1];
        fillColor(color);
        polygon(new double[] {x, x - p.headDirection() * 4.5, x - p.headDirection() * 4.5}, new double[] {yy, yy - 2.5, yy + 2.5});
        out.fill();
    }

    private void text(Shape.Text t) throws IOException {
        String text = encodable(t.text());
        if (text.isEmpty()) {
            return;
        }
        float width = font.getStringWidth(text) / 1000f * (float) t.size();
        float x = (float) switch (t.align()) {
            case LEFT -> t.x();
            case CENTER -> t.x() - width / 2;
            case RIGHT -> t.x() - width;
        };
        Palette.Paint paint = Palette.of(t.ink());
        fill(t.ink());
        out.beginText();
        if (paint.bold()) {
            // The embedded font has no bold face: fill and stroke the glyphs for a heavier look.
            out.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
            stroke(paint.fill(), 0.25f, false);
        } else {
            out.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
        }
        out.setFont(font, (float) t.size());
        out.newLineAtOffset(x, y(t.y()));
        out.showText(text);
        out.endText();
    }

    private String encodable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private void polygon(double[] xs, double[] ys) throws IOException {
        out.moveTo((float) xs[0], y(ys[0]));
        for (int i = 1; i < xs.length; i++) {
            out.lineTo((float) xs[i], y(ys[i]));
        }
        out.closePath();
    }

    private void fill(Ink ink) throws IOException {
        fillColor(Palette.of(ink).fill());
    }

    private void fillColor(int rgb) throws IOException {
        out.setNonStrokingColor((float) Palette.red(rgb), (float) Palette.green(rgb), (float) Palette.blue(rgb));
    }

    private void stroke(int rgb, float width, boolean dashed) throws IOException {
        out.setStrokingColor((float) Palette.red(rgb), (float) Palette.green(rgb), (float) Palette.blue(rgb));
        out.setLineWidth(width);
        out.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
    }

    private float y(double y) {
        return (float) (pageHeight - y);
    }
}
