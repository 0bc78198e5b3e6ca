package cn.projectdesk.app.ui.gantt.export;

import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.ChartSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.TableSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.layout.Viewport;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes the Gantt to a multi-page PDF (embedded Chinese font) or to one PNG image. */
public final class GanttExporter {
    /** A PNG taller than this is refused: at 100k rows the PDF, page by page, is the way to print. */
    public static final int MAX_PNG_HEIGHT = 32_000;

    private GanttExporter() {
    }

    /** Returns the number of pages written. */
    public static int pdf(GanttModel model, PrintRequest request, ChartOptions options, PrintTexts texts, Path file)
            throws IOException {
        Path fontFile = cn.projectdesk.core.report.FormFont.find().orElseThrow(FontMissingException::new);
        List<DisplayList> pages = GanttPages.build(model, request, options, texts);
        float w = (float) request.paper().width(request.portrait());
        float h = (float) request.paper().height(request.portrait());
        // The collection stays open until save(): PDFBox subsets the embedded font then.
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            doc.getDocumentInformation().setTitle(texts.title());
            doc.getDocumentInformation().setCreator("ProjectDesk");
            for (DisplayList page : pages) {
                PDPage pdfPage = new PDPage(new PDRectangle(w, h));
                doc.addPage(pdfPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdfPage)) {
                    new PdfPainter(out, font, h).paint(page);
                }
            }
            doc.save(file.toFile());
        }
        return pages.size();
    }

    /** One image of the table and the chart over the range, every shown row, at {@code pxPerDay}. */
    public static void png(GanttModel model, ChartOptions options, PrintTexts texts, LocalDate from, LocalDate until,
                           double pxPerDay, Path file) throws IOException {
        RowMetrics m = RowMetrics.DEFAULT;
        double tableW = TableSceneBuilder.width(texts.columns());
        long days = until.toEpochDay() - from.toEpochDay() + 1;
        int width = (int) Math.ceil(tableW + days * pxPerDay);
        int height = (int) Math.ceil(m.headerHeight() + Math.max(1, model.rowCount()) * m.rowHeight()) + 1;
        if (height > MAX_PNG_HEIGHT || width > MAX_PNG_HEIGHT) {
            throw new IllegalArgumentException("image too large (" + width + " x " + height + " px): export to PDF");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            DisplayList list = new DisplayList();
            new TableSceneBuilder(m).build(list, model, texts.columns(), 0, height, -1, java.util.Set.of());
            DisplayList chart = new DisplayList();
            new ChartSceneBuilder(m, texts.headerLabels()).build(chart, model, new TimeScale(from, pxPerDay),
                    new Viewport(0, 0, width - tableW, height), options);
            list.addAll(chart, tableW, 0);
            new Graphics2DPainter(g).paint(list);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
