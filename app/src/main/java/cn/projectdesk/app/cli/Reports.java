package cn.projectdesk.app.cli;

import cn.projectdesk.core.interop.ledger.ColumnMapping;
import cn.projectdesk.core.interop.ledger.RowIssue;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The import row report as text: the mapping used, then one line per problem (row, column, reason, value). */
final class Reports {
    private Reports() {
    }

    static void mapping(PrintWriter out, String sheet, int first, int last, String unit, List<ColumnMapping> mapping) {
        out.println(CliMessages.get("import.header", sheet, first == last ? String.valueOf(first) : first + "-" + last,
                unit == null ? "" : unit));
        for (ColumnMapping m : mapping) {
            out.println("  " + m.column() + "  " + m.header() + " → " + m.field() + (m.unit() == null ? "" : " (" + m.unit() + ")"));
        }
    }

    static void issues(PrintWriter out, List<RowIssue> issues) {
        for (RowIssue i : issues) {
            out.println(CliMessages.get("import.issue", String.valueOf(i.row()), i.column(), i.header(),
                    CliMessages.get(i.messageKey()), i.value() == null ? "" : i.value()));
        }
    }

    static void fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(CliMessages.get("cli.error", message));
        spec.commandLine().getErr().flush();
    }
}
