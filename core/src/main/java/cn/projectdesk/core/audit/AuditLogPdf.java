package cn.projectdesk.core.audit;

import cn.projectdesk.core.report.CjkFontFile;
import cn.projectdesk.core.report.SafeText;
import cn.projectdesk.core.store.AuditRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Audit entries as a printable list for auditors: A4 landscape, the column headings on every page, what
 * was filtered and the chain's verdict in the heading, "第 x 页 共 y 页" at the foot. Long before/after
 * values are shortened to three lines; the xlsx export carries them whole, so this is for reading and
 * filing, not for re-checking hashes (the first 16 hex digits of each hash are printed for reference).
 */
final class AuditLogPdf {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36f;
    private static final float HEADING = 58f;
    private static final float FOOTER = 30f;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PAD = 2.5f;
    private static final int CONTENT_LINES = 3;
    private static final int HASH_DIGITS = 16;
    private static final String[] HEADERS = {"seq", "time", "actor", "node", "action", "entity", "content", "hash"};
    /** Column widths in points; they add up to the landscape page less the margins. */
    private static final float[] WIDTHS = {40, 78, 52, 70, 96, 96, 260, 77.89f};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Path fontFile;

    /** What the heading states besides the title: the filter, the chain's verdict, when it was printed. */
    record Heading(AuditFilter filter, AuditVerification verdict, ZonedDateTime printedAt) {
    }

    AuditLogPdf(Locale locale, Path fontFile) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.forms", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.fontFile = fontFile;
    }

    private String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String filterLine(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null) {
            parts.add(text("audit.pdf.filter.from", f.from().toString()));
        }
        if (f.until() != null) {
            parts.add(text("audit.pdf.filter.until", f.until().toString()));
        }
        addIfSet(parts, "audit.pdf.filter.user", f.user());
        addIfSet(parts, "audit.pdf.filter.project", f.projectCode());
        addIfSet(parts, "audit.pdf.filter.action", f.action());
        return text("audit.pdf.filter", parts.isEmpty() ? text("audit.pdf.filter.all") : String.join("，", parts));
    }

    private void addIfSet(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(text(key, value.strip()));
        }
    }

    String verdictLine(AuditVerification v) {
        return v.intact() ? text("audit.pdf.intact", Long.toString(v.entries()))
                : text("audit.pdf.broken", Long.toString(v.firstBadSeq()), text("audit.pdf.problem." + v.problem().name()));
    }

    /** Writes the entries (in the given order) and returns the number of pages. */
    int write(List<AuditRecord> entries, Heading heading, Path file) throws IOException {
        CjkFontFile loaded = CjkFontFile.of(fontFile);
        synchronized (loaded) {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font = loaded.embedIn(doc);
                SafeText safe = new SafeText(font);
                List<List<Row>> pages = paginate(rows(entries, safe));
                for (int i = 0; i < pages.size(); i++) {
                    PDPage page = new PDPage(PAGE);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        Pen pen = new Pen(cs, font, safe);
                        heading(pen, heading, entries.size());
                        float y = table(pen, pages.get(i));
                        if (pages.get(i).isEmpty()) {
                            pen.text(text("audit.pdf.none"), 9f, MARGIN + PAD, y - 14);
                        }
                        String pageText = text("form.page", i + 1, pages.size());
                        pen.text(pageText, 8f, PAGE.getWidth() - MARGIN - pen.width(pageText, 8f), FOOTER - 14);
                    }
                }
                doc.getDocumentInformation().setTitle(text("audit.pdf.title"));
                doc.getDocumentInformation().setCreator("ProjectDesk");
                try (OutputStream out = Files.newOutputStream(file)) {
                    doc.save(out);
                }
                return pages.size();
            }
        }
    }

    /** One entry's cells, already cut to their columns: one line each, the content up to three. */
    private record Row(List<List<String>> cells) {
        float height() {
            int lines = 1;
            for (List<String> c : cells) {
                lines = Math.max(lines, c.size());
            }
            return lines * LEADING + 2 * PAD;
        }
    }

    private List<Row> rows(List<AuditRecord> entries, SafeText safe) {
        List<Row> rows = new ArrayList<>(entries.size());
        for (AuditRecord e : entries) {
            String[] values = {Long.toString(e.seq()), TIME.format(e.recordedAt().atZone(ZONE)), e.actor(), e.nodeId(),
                e.action(), e.entityType(), content(e), prefix(e.hash())};
            List<List<String>> cells = new ArrayList<>(values.length);
            for (int c = 0; c < values.length; c++) {
                int lines = c == 6 ? CONTENT_LINES : 1;
                cells.add(wrap(values[c] == null ? "" : values[c], WIDTHS[c] - 2 * PAD, lines, safe));
            }
            rows.add(new Row(cells));
        }
        return rows;
    }

    private static String content(AuditRecord e) {
        String before = e.before() == null ? "" : e.before();
        String after = e.after() == null ? "" : e.after();
        if (before.isEmpty()) {
            return after;
        }
        return after.isEmpty() ? before + " →" : before + " → " + after;
    }

    private static String prefix(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(HASH_DIGITS, hash.length()));
    }

    /**
     * Greedy wrap by glyph advances (each measured once, see {@link SafeText}); the last allowed line
     * ends in "…" when text is left over.
     */
    static List<String> wrap(String text, float width, int maxLines, SafeText safe) {
        String clean = safe.clean(text.replace('\n', ' ').replace('\r', ' '));
        float ellipsis = safe.width("…", SIZE);
        List<String> lines = new ArrayList<>(maxLines);
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < clean.length()) {
            int cp = clean.codePointAt(i);
            float advance = safe.width(Character.toString(cp), SIZE);
            if (used + advance > width && line.length() > 0) {
                if (lines.size() == maxLines - 1) {
                    return withEllipsis(lines, line, used, width - ellipsis, safe);
                }
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += advance;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> withEllipsis(List<String> lines, StringBuilder line, float used, float room, SafeText safe) {
        while (line.length() > 0 && used > room) {
            int cp = line.codePointBefore(line.length());
            used -= safe.width(Character.toString(cp), SIZE);
            line.setLength(line.length() - Character.charCount(cp));
        }
        lines.add(line + "…");
        return lines;
    }

    private static List<List<Row>> paginate(List<Row> rows) {
        float room = PAGE.getHeight() - MARGIN - HEADING - headerHeight() - FOOTER;
        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        float used = 0;
        for (Row row : rows) {
            if (!current.isEmpty() && used + row.height() > room) {
                pages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(row);
            used += row.height();
        }
        pages.add(current);
        return pages;
    }

    private static float headerHeight() {
        return LEADING + 2 * PAD;
    }

    private void heading(Pen pen, Heading heading, int count) throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        pen.text(text("audit.pdf.title"), 14f, MARGIN, top - 14);
        String printed = text("audit.pdf.printed", TIME.format(heading.printedAt()), Integer.toString(count));
        pen.text(printed, 8f, PAGE.getWidth() - MARGIN - pen.width(printed, 8f), top - 14);
        pen.text(filterLine(heading.filter()), 8.5f, MARGIN, top - 32);
        pen.text(verdictLine(heading.verdict()), 8.5f, MARGIN, top - 45);
    }

    /** The column headings, then the rows; returns the y below the last row. */
    private float table(Pen pen, List<Row> rows) throws IOException {
        float y = PAGE.getHeight() - MARGIN - HEADING;
        float x = MARGIN;
        float h = headerHeight();
        pen.cs.setNonStrokingColor(0.9f);
        pen.cs.addRect(MARGIN, y - h, PAGE.getWidth() - 2 * MARGIN, h);
        pen.cs.fill();
        pen.cs.setNonStrokingColor(0f);
        for (int c = 0; c < HEADERS.length; c++) {
            pen.text(text("audit.pdf.column." + HEADERS[c]), SIZE, x + PAD, y - PAD - LEADING + 2.5f);
            x += WIDTHS[c];
        }
        y -= h;
        pen.cs.setLineWidth(0.3f);
        for (Row row : rows) {
            x = MARGIN;
            for (int c = 0; c < row.cells().size(); c++) {
                List<String> lines = row.cells().get(c);
                for (int l = 0; l < lines.size(); l++) {
                    pen.text(lines.get(l), SIZE, x + PAD, y - PAD - (l + 1) * LEADING + 2.5f);
                }
                x += WIDTHS[c];
            }
            y -= row.height();
            pen.cs.moveTo(MARGIN, y);
            pen.cs.lineTo(PAGE.getWidth() - MARGIN, y);
            pen.cs.stroke();
        }
        return y;
    }

    private record Pen(PDPageContentStream cs, PDType0Font font, SafeText safe) {
        void text(String s, float size, float x, float y) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(safe.clean(s));
            cs.endText();
        }

        float width(String s, float size) {
            return safe.width(s, size);
        }
    }
}
