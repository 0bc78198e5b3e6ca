package cn.projectdesk.app.ui.performance.export;

import cn.projectdesk.app.ui.gantt.export.FontMissingException;
import cn.projectdesk.core.performance.EvaluationReport;
import cn.projectdesk.core.performance.IndicatorCategory;
import cn.projectdesk.core.performance.IndicatorInput;
import cn.projectdesk.core.performance.IndicatorScore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The performance self-evaluation report (绩效自评报告) as xlsx (POI) and PDF (PDFBox, CJK font embedded
 * as a subset): project, year, every indicator with target, weight, actual, rule and points, the
 * subtotal per category, the total and the grade. No JavaFX: the CLI exports without a window.
 */
public final class PerformanceReportExporter {
    private final ResourceBundle texts;

    public PerformanceReportExporter(Locale locale) {
        this.texts = ResourceBundle.getBundle("i18n.messages", locale);
    }

    /** Writes xlsx or PDF according to the file's extension. */
    public void export(EvaluationReport report, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            xlsx(report, file);
        } else if (name.endsWith(".pdf")) {
            pdf(report, file);
        } else {
            throw new IllegalArgumentException(t("performance.export.badExtension"));
        }
    }

    public void xlsx(EvaluationReport report, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet(t("performance.report.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (String line : heading(report)) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            r++;
            Row header = sheet.createRow(r++);
            String[] columns = columns();
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
                header.getCell(c).setCellStyle(bold);
            }
            for (IndicatorScore s : report.scorecard().indicators()) {
                IndicatorInput i = s.indicator();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label(i.dimension().category()));
                row.createCell(1).setCellValue(label(i.dimension()));
                row.createCell(2).setCellValue(i.name());
                row.createCell(3).setCellValue(i.unit());
                row.createCell(4).setCellValue(i.target().doubleValue());
                row.createCell(5).setCellValue(i.weight().doubleValue());
                if (i.actual() != null) {
                    row.createCell(6).setCellValue(i.actual().doubleValue());
                }
                row.createCell(7).setCellValue(label(i.rule()));
                row.createCell(8).setCellValue(s.score().doubleValue());
            }
            r++;
            for (String[] line : totals(report)) {
                Row row = sheet.createRow(r++);
                row.createCell(7).setCellValue(line[0]);
                if (line[1].matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(8).setCellValue(Double.parseDouble(line[1]));
                } else {
                    row.createCell(8).setCellValue(line[1]);
                }
                row.getCell(7).setCellStyle(bold);
            }
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, c == 2 ? 36 * 256 : 14 * 256);
            }
            book.write(out);
        }
    }

    public void pdf(EvaluationReport report, Path file) throws IOException {
        Path fontFile = cn.projectdesk.core.report.FormFont.find().orElseThrow(FontMissingException::new);
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        // The collection stays open until save(): PDFBox subsets the embedded font then.
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            doc.getDocumentInformation().setTitle(heading(report).get(0));
            doc.getDocumentInformation().setCreator("ProjectDesk");
            List<String[]> rows = new ArrayList<>();
            rows.add(columns());
            for (IndicatorScore s : report.scorecard().indicators()) {
                IndicatorInput i = s.indicator();
                rows.add(new String[] {label(i.dimension().category()), label(i.dimension()), i.name(), i.unit(),
                        i.target().toPlainString(), i.weight().stripTrailingZeros().toPlainString(),
                        i.actual() == null ? "—" : i.actual().toPlainString(), label(i.rule()), s.score().toPlainString()});
            }
            float[] x = {40, 110, 180, 400, 450, 510, 560, 630, 730};
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = a4.getHeight() - 50;
                List<String> heading = heading(report);
                text(out, font, 16, 40, y, heading.get(0));
                y -= 24;
                for (String line : heading.subList(1, heading.size())) {
                    text(out, font, 10, 40, y, line);
                    y -= 15;
                }
                y -= 8;
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < x.length; c++) {
                        text(out, font, r == 0 ? 9.5f : 9, x[c], y, fit(rows.get(r)[c], c == 2 ? 30 : 9));
                    }
                    out.moveTo(40, y - 4);
                    out.lineTo(a4.getWidth() - 40, y - 4);
                    out.setLineWidth(r == 0 ? 0.8f : 0.3f);
                    out.stroke();
                    y -= 17;
                }
                y -= 6;
                for (String[] line : totals(report)) {
                    text(out, font, 10, x[6], y, line[0]);
                    text(out, font, 10, x[8], y, line[1]);
                    y -= 15;
                }
            }
            doc.save(file.toFile());
        }
    }

    private List<String> heading(EvaluationReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(t("performance.report.title") + "  " + r.projectName() + "（" + r.year() + "）");
        lines.add(t("performance.report.project") + ": " + r.projectCode() + "   " + t("performance.report.department") + ": "
                + r.department() + "   " + t("performance.report.evaluatedOn") + ": " + r.evaluatedOn());
        if (r.summary() != null) {
            lines.add(t("performance.report.summary") + ": " + r.summary());
        }
        if (!r.scorecard().complete()) {
            lines.add(t("performance.report.incomplete"));
        }
        return lines;
    }

    private List<String[]> totals(EvaluationReport r) {
        List<String[]> lines = new ArrayList<>();
        for (IndicatorCategory c : IndicatorCategory.values()) {
            lines.add(new String[] {label(c), r.scorecard().subtotal(c).toPlainString()});
        }
        lines.add(new String[] {t("performance.report.total"), r.scorecard().total().toPlainString()});
        lines.add(new String[] {t("performance.report.grade"), label(r.scorecard().grade())});
        return lines;
    }

    private String[] columns() {
        return new String[] {t("performance.column.category"), t("performance.column.dimension"), t("performance.column.name"),
                t("performance.column.unit"), t("performance.column.target"), t("performance.column.weight"),
                t("performance.column.actual"), t("performance.column.rule"), t("performance.column.score")};
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private String label(Enum<?> e) {
        String type = e.getDeclaringClass().getSimpleName();
        return t(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + e.name());
    }

    private String t(String key) {
        return texts.getString(key);
    }
}
