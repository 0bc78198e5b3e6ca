package cn.projectdesk.app.ui.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell ranges as Excel puts them on the clipboard: rows separated by line breaks, cells by tabs; a cell
 * with a tab, a line break or a quote is quoted ("…", quotes doubled). A trailing line break (Excel
 * always adds one) does not make an extra row.
 */
public final class Tsv {
    private Tsv() {
    }

    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(quote(row.get(c) == null ? "" : row.get(c)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(ch);
                cellStarted = true;
            }
        }
        if (cellStarted || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static String quote(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
