package cn.projectdesk.app.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned columns (Chinese characters count two columns wide). */
final class CliTable {
    private CliTable() {
    }

    static void print(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], ProjectTable.width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - ProjectTable.width(row[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
