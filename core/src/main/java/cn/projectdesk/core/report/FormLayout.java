package cn.projectdesk.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places table rows on pages from top to bottom. A row that does not fit in what is left of a page
 * moves whole to the next page, so no row is ever cut by a page break; only a row taller than a whole
 * page (a very long request text) is divided at line boundaries, the label repeated on each part.
 */
final class FormLayout {
    static final float[] COLUMNS = {82f, 159.5f, 82f, 159.5f};
    static final float FONT_SIZE = 10.5f;
    static final float LEADING = 15f;
    static final float PAD = 6f;
    static final float MIN_ROW = 26f;
    static final float SIGNATURE_HEIGHT = 28f;

    private final TextMeasure measure;
    private final float bodyTop;
    private final float bodyBottom;

    FormLayout(TextMeasure measure, float bodyTop, float bodyBottom) {
        this.measure = measure;
        this.bodyTop = bodyTop;
        this.bodyBottom = bodyBottom;
    }

    List<List<PlacedRow>> paginate(List<FormRow> rows) {
        List<List<PlacedRow>> pages = new ArrayList<>();
        List<PlacedRow> page = new ArrayList<>();
        float y = bodyTop;
        for (FormRow row : rows) {
            List<List<String>> lines = wrapCells(row);
            for (Part part : parts(row, lines, y - bodyBottom)) {
                if (y - part.height < bodyBottom && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = bodyTop;
                }
                page.add(new PlacedRow(row, y, part.height, part.lines, part.withSign));
                y -= part.height;
            }
        }
        pages.add(page);
        return pages;
    }

    private record Part(List<List<String>> lines, float height, boolean withSign) {
    }

    /**
     * Normally one part; several only when the row alone is taller than a page. Such a row is divided
     * anyway, so it starts on the current page when a few of its lines fit there.
     */
    private List<Part> parts(FormRow row, List<List<String>> lines, float left) {
        float signExtra = signExtra(row);
        float whole = height(lines, signExtra);
        float capacity = bodyTop - bodyBottom;
        if (whole <= capacity) {
            return List.of(new Part(lines, whole, row.signLine() != null));
        }
        int perPart = Math.max(1, (int) ((capacity - 2 * PAD - signExtra) / LEADING));
        int longest = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).size() > lines.get(longest).size()) {
                longest = i;
            }
        }
        List<String> tall = lines.get(longest);
        int firstPart = (int) ((left - 2 * PAD) / LEADING);
        int take = firstPart >= 3 ? firstPart : perPart;
        List<Part> parts = new ArrayList<>();
        for (int from = 0; from < tall.size(); from += take, take = perPart) {
            boolean last = from + take >= tall.size();
            List<List<String>> partLines = new ArrayList<>(lines);
            partLines.set(longest, tall.subList(from, Math.min(tall.size(), from + take)));
            float extra = last ? signExtra : 0;
            parts.add(new Part(partLines, height(partLines, extra), last && row.signLine() != null));
        }
        return parts;
    }

    private static float signExtra(FormRow row) {
        if (row.signLine() == null) {
            return 0;
        }
        return LEADING + (row.signature() == null ? 0 : SIGNATURE_HEIGHT - LEADING + 4);
    }

    private static float height(List<List<String>> lines, float signExtra) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(MIN_ROW, 2 * PAD + most * LEADING + signExtra);
    }

    private List<List<String>> wrapCells(FormRow row) {
        List<List<String>> lines = new ArrayList<>();
        int column = 0;
        for (FormCell cell : row.cells()) {
            float width = 0;
            for (int c = column; c < column + cell.span(); c++) {
                width += COLUMNS[c];
            }
            column += cell.span();
            lines.add(wrap(cell.text(), width - 2 * PAD));
        }
        return lines;
    }

    /** Breaks at any character (Chinese has no spaces), but keeps Latin words whole where it can. */
    List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                String next = line.toString() + Character.toString(cp);
                if (line.length() > 0 && measure.width(next, FONT_SIZE) > width) {
                    int space = line.lastIndexOf(" ");
                    if (Character.isLetterOrDigit(cp) && cp < 0x2E80 && space > 0) {
                        lines.add(line.substring(0, space));
                        line.delete(0, space + 1);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        if (cp == ' ') {
                            i++; // a space that would start the next line is the break itself
                        }
                    }
                    continue;
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
