package cn.projectdesk.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a {@link FormDocument} on A4 portrait pages with PDFBox: the heading and QR code on every page,
 * the table paginated by {@link FormLayout}, the verification code and "第 x 页 共 y 页" at the foot.
 * The Chinese font is embedded as a subset (only the glyphs used), which keeps a form to a few KB.
 */
final class ApprovalFormRenderer {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56.7f;
    private static final float MARGIN_TOP = 48f;
    private static final float HEADER = 96f;
    private static final float FOOTER = 58f;
    private static final float QR_SIZE = 62f;
    private static final float LABEL_GREY = 0.93f;

    private final Path fontFile;

    ApprovalFormRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    /** The PDF bytes and the number of pages. */
    record Rendered(byte[] pdf, int pages) {
    }

    /** "第 x 页 共 y 页" in the form's language. */
    interface PageLabel {
        String of(int page, int pages);
    }

    Rendered render(FormDocument form, PageLabel pageLabel) {
        CjkFontFile loaded = CjkFontFile.of(fontFile);
        // one parsed font serves every form; PDFBox reads it while subsetting, so one form at a time
        synchronized (loaded) {
            return render(form, pageLabel, loaded);
        }
    }

    private Rendered render(FormDocument form, PageLabel pageLabel, CjkFontFile loaded) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = loaded.embedIn(doc);
            SafeText text = new SafeText(font);
            float bodyTop = PAGE.getHeight() - MARGIN_TOP - HEADER;
            float bodyBottom = FOOTER;
            List<List<PlacedRow>> pages = new FormLayout(text::width, bodyTop, bodyBottom).paginate(form.rows());
            boolean[][] qr = QrSquares.of(form.qrPayload());
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    Canvas canvas = new Canvas(doc, cs, font, text);
                    heading(canvas, form, i == 0 ? form.title() : form.continuedTitle());
                    qr(cs, qr);
                    for (PlacedRow row : pages.get(i)) {
                        row(canvas, row);
                    }
                    footer(canvas, form, pageLabel.of(i + 1, pages.size()));
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(form.title() + " " + form.numberLine());
            info.setSubject(form.subject());
            info.setAuthor(form.author());
            info.setCreator("ProjectDesk");
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            doc.save(out); // the font subset is made here
            return new Rendered(out.toByteArray(), pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the approval form", e);
        }
    }

    private static void heading(Canvas c, FormDocument form, String title) throws IOException {
        float top = PAGE.getHeight() - MARGIN_TOP;
        float centre = PAGE.getWidth() / 2;
        if (form.issuingUnit() != null) {
            c.centred(form.issuingUnit(), 12f, centre, top - 14, false);
        }
        c.centred(title, 20f, centre, top - 44, true);
        float lineY = top - HEADER + 10;
        c.text(form.numberLine(), 10f, MARGIN_X, lineY);
        float right = MARGIN_X + tableWidth();
        c.text(form.printedLine(), 9f, right - QR_SIZE - 8 - c.width(form.printedLine(), 9f), lineY);
    }

    private static void qr(PDPageContentStream cs, boolean[][] dark) throws IOException {
        float size = QR_SIZE;
        float module = size / dark.length;
        float x0 = MARGIN_X + tableWidth() - size;
        float y0 = PAGE.getHeight() - MARGIN_TOP - 4;
        cs.setNonStrokingColor(0f);
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark[y].length; x++) {
                if (dark[y][x]) {
                    cs.addRect(x0 + x * module, y0 - (y + 1) * module, module + 0.01f, module + 0.01f);
                }
            }
        }
        cs.fill();
    }

    private static void row(Canvas c, PlacedRow placed) throws IOException {
        FormRow row = placed.row();
        float x = MARGIN_X;
        float top = placed.top();
        float bottom = top - placed.height();
        int column = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            FormCell cell = row.cells().get(i);
            float width = 0;
            for (int k = column; k < column + cell.span(); k++) {
                width += FormLayout.COLUMNS[k];
            }
            column += cell.span();
            if (cell.label()) {
                c.cs.setNonStrokingColor(LABEL_GREY);
                c.cs.addRect(x, bottom, width, placed.height());
                c.cs.fill();
                c.cs.setNonStrokingColor(0f);
            }
            c.cs.setLineWidth(0.8f);
            c.cs.addRect(x, bottom, width, placed.height());
            c.cs.stroke();
            List<String> lines = placed.lines().get(i);
            float textTop = cell.label() ? top - (placed.height() - lines.size() * FormLayout.LEADING) / 2
                    : top - FormLayout.PAD;
            for (int l = 0; l < lines.size(); l++) {
                float baseline = textTop - (l + 1) * FormLayout.LEADING + 3.5f;
                if (cell.label()) {
                    c.centred(lines.get(l), FormLayout.FONT_SIZE, x + width / 2, baseline, row.section());
                } else {
                    c.text(lines.get(l), FormLayout.FONT_SIZE, x + FormLayout.PAD, baseline);
                }
            }
            if (!cell.label() && placed.withSignLine()) {
                signLine(c, row, x + width - FormLayout.PAD, bottom + FormLayout.PAD);
            }
            x += width;
        }
    }

    /** Right-aligned decision, name and date at the foot of an opinion cell; the signature image to its left. */
    private static void signLine(Canvas c, FormRow row, float right, float bottom) throws IOException {
        float size = 9.5f;
        float width = c.width(row.signLine(), size);
        c.text(row.signLine(), size, right - width, bottom + 3);
        if (row.signature() != null) {
            PDImageXObject image = PDImageXObject.createFromByteArray(c.doc, row.signature(), "signature");
            float h = FormLayout.SIGNATURE_HEIGHT;
            float w = Math.min(110f, h * image.getWidth() / Math.max(1, image.getHeight()));
            c.cs.drawImage(image, right - width - w - 6, bottom, w, h);
        }
    }

    private static void footer(Canvas c, FormDocument form, String pageText) throws IOException {
        float y = FOOTER - 22;
        c.cs.setLineWidth(0.4f);
        c.cs.moveTo(MARGIN_X, FOOTER - 8);
        c.cs.lineTo(MARGIN_X + tableWidth(), FOOTER - 8);
        c.cs.stroke();
        c.text(form.codeLine(), 10f, MARGIN_X, y);
        c.text(form.codeHint(), 8f, MARGIN_X, y - 12);
        c.text(pageText, 9f, MARGIN_X + tableWidth() - c.width(pageText, 9f), y);
    }

    private static float tableWidth() {
        float w = 0;
        for (float col : FormLayout.COLUMNS) {
            w += col;
        }
        return w;
    }

    /** The page's content stream with the form's font: plain and "bold" (filled and stroked) text. */
    private record Canvas(PDDocument doc, PDPageContentStream cs, PDType0Font font, SafeText safe) {
        void text(String s, float size, float x, float y) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(safe.clean(s));
            cs.endText();
        }

        void centred(String s, float size, float centre, float y, boolean bold) throws IOException {
            float w = width(s, size);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size / 30);
            }
            text(s, size, centre - w / 2, y);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
        }

        float width(String s, float size) {
            return safe.width(s, size);
        }
    }
}
