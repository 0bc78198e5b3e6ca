package cn.projectdesk.app.cli;

import cn.projectdesk.core.project.ProjectSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table; widths count CJK characters as two columns so the columns line up in a terminal. */
final class ProjectTable {
    private final List<ProjectSummary> projects;

    ProjectTable(List<ProjectSummary> projects) {
        this.projects = projects;
    }

    void print(PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {CliMessages.get("column.code"), CliMessages.get("column.name"),
                CliMessages.get("column.department"), CliMessages.get("column.stage")});
        for (ProjectSummary p : projects) {
            rows.add(new String[] {p.code(), p.name(), p.departmentName(), CliMessages.label(p.stage())});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            out.println(line);
        }
        out.println(CliMessages.get("projects.list.count", projects.size()));
    }

    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
