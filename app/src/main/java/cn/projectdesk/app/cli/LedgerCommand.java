package cn.projectdesk.app.cli;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.BudgetWarning;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.interop.ledger.LedgerFileException;
import cn.projectdesk.core.interop.ledger.LedgerImportResult;
import cn.projectdesk.core.interop.ledger.LedgerMapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk ledger show|import|export}: a project's budget ledger. */
@Command(name = "ledger", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {LedgerCommand.Show.class, LedgerCommand.Import.class, LedgerCommand.Export.class})
final class LedgerCommand extends CommandGroup {
    static String yuan(BigDecimal v) {
        return v == null ? null : v.setScale(2).toPlainString();
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Command(name = "show", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        LedgerCommand ledger;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "ledger.project")
        String project;

        @Option(names = "--json", descriptionKey = "ledger.json")
        boolean json;

        @Override
        public Integer call() throws IOException {
            try (CliSession session = CliSession.open(ledger.top)) {
                ProjectBudget b = session.core.budget().lines().ledgerByCode(session.user, project);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(json().writeValueAsString(asJson(b)));
                } else {
                    print(b, out);
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        /**
         * The JSON contract: project; lines with source, code, year, approved, adjusted, paid (+ names,
         * item, committed, balance, executionRate, warnings); totals overall and per funding source; warnings.
         * Amounts are strings in yuan with two decimals.
         */
        static Map<String, Object> asJson(ProjectBudget b) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", b.projectCode());
            m.put("projectName", b.projectName());
            m.put("department", b.departmentName());
            m.put("projectApproved", yuan(b.projectApproved()));
            m.put("thresholdPercent", b.thresholdPercent().stripTrailingZeros().toPlainString());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (BudgetLineRow l : b.lines()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("source", l.fundingSource());
                line.put("sourceName", l.fundingSourceName());
                line.put("code", l.economicCode());
                line.put("codeName", l.economicName());
                line.put("year", l.year());
                line.put("item", l.item());
                line.putAll(figures(l.figures()));
                line.put("warnings", l.warnings().stream().map(w -> w.kind().name()).toList());
                lines.add(line);
            }
            m.put("lines", lines);
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("overall", figures(b.total()));
            Map<String, Object> bySource = new LinkedHashMap<>();
            b.bySource().forEach((source, f) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", b.lines().stream().filter(l -> l.fundingSource().equals(source)).findFirst()
                        .map(BudgetLineRow::fundingSourceName).orElse(source));
                s.putAll(figures(f));
                bySource.put(source, s);
            });
            totals.put("bySource", bySource);
            m.put("totals", totals);
            List<Map<String, Object>> warnings = new ArrayList<>();
            for (BudgetWarning w : b.warnings()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", w.kind().name());
                x.put("subject", w.subject());
                x.put("limit", yuan(w.limit()));
                x.put("actual", yuan(w.actual()));
                x.put("percentOver", w.percentOver() == null ? null : w.percentOver().toPlainString());
                warnings.add(x);
            }
            m.put("warnings", warnings);
            return m;
        }

        private static Map<String, Object> figures(BudgetFigures f) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("approved", yuan(f.approved()));
            m.put("adjusted", yuan(f.adjusted()));
            m.put("committed", yuan(f.committed()));
            m.put("paid", yuan(f.paid()));
            m.put("balance", yuan(f.balance()));
            m.put("executionRate", f.executionRate() == null ? null : f.executionRate().toPlainString());
            return m;
        }

        private static void print(ProjectBudget b, PrintWriter out) {
            out.println(b.projectCode() + "  " + b.projectName() + "  (" + b.departmentName() + ")");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {CliMessages.get("ledger.column.source"), CliMessages.get("ledger.column.code"),
                    CliMessages.get("ledger.column.year"), CliMessages.get("ledger.column.item"),
                    CliMessages.get("ledger.column.approved"), CliMessages.get("ledger.column.adjusted"),
                    CliMessages.get("ledger.column.committed"), CliMessages.get("ledger.column.paid"),
                    CliMessages.get("ledger.column.rate"), ""});
            for (BudgetLineRow l : b.lines()) {
                BudgetFigures f = l.figures();
                rows.add(new String[] {l.fundingSourceName(), l.economicCode() + " " + l.economicName(),
                        String.valueOf(l.year()), l.item() == null ? "" : l.item(), money(f.approved()), money(f.adjusted()),
                        money(f.committed()), money(f.paid()), rate(f), l.warnings().isEmpty() ? "" : "!"});
            }
            b.bySource().forEach((source, f) -> rows.add(new String[] {CliMessages.get("ledger.subtotal"),
                    b.lines().stream().filter(l -> l.fundingSource().equals(source)).findFirst()
                            .map(BudgetLineRow::fundingSourceName).orElse(source), "", "", money(f.approved()),
                    money(f.adjusted()), money(f.committed()), money(f.paid()), rate(f), ""}));
            BudgetFigures t = b.total();
            rows.add(new String[] {CliMessages.get("ledger.total"), "", "", "", money(t.approved()), money(t.adjusted()),
                    money(t.committed()), money(t.paid()), rate(t), ""});
            int[] widths = new int[10];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], ProjectTable.width(row[i]));
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    String pad = " ".repeat(widths[i] - ProjectTable.width(row[i]));
                    line.append(i >= 4 && i <= 8 ? pad + row[i] : row[i] + pad).append("  ");
                }
                out.println(line.toString().stripTrailing());
            }
            for (BudgetWarning w : b.warnings()) {
                out.println(CliMessages.get("ledger.warning." + w.kind().name(), w.subject(), yuan(w.limit()), yuan(w.actual()),
                        w.percentOver() == null ? "-" : w.percentOver().toPlainString()));
            }
        }

        private static String money(BigDecimal v) {
            return String.format("%,.2f", v);
        }

        private static String rate(BudgetFigures f) {
            return f.executionRate() == null ? "-" : f.executionRate().toPlainString() + "%";
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        LedgerCommand ledger;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "ledger.file")
        Path file;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "ledger.project")
        String project;

        @picocli.CommandLine.Mixin
        ExcelImportOptions options;

        @Option(names = "--save-mapping", paramLabel = "F", descriptionKey = "ledger.saveMapping")
        Path saveMapping;


        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession session = CliSession.open(ledger.top)) {
                LedgerMapping m = options.mappingOrNull();
                LedgerImportResult r = options.dryRun ? session.core.ledger().preview(session.user, project, file, m)
                        : session.core.ledger().importLedger(session.user, project, file, m);
                if (saveMapping != null) {
                    LedgerMapping.of(r.preview()).write(saveMapping);
                }
                if (options.json) {
                    out.println(json().writeValueAsString(r));
                } else {
                    Reports.mapping(out, r.preview().sheet(), r.preview().headerFirstRow(), r.preview().headerLastRow(),
                            r.preview().unit(), r.preview().mapping());
                    Reports.issues(out, r.issues());
                }
                out.flush();
                if (!r.ok()) {
                    Reports.fail(spec, CliMessages.get("ledger.rejected", r.issues().size(), file.getFileName()));
                    return ExitCode.BAD_INPUT;
                }
                if (!options.json) {
                    out.println(CliMessages.get(options.dryRun ? "ledger.checked" : "ledger.imported",
                            options.dryRun ? r.preview().rows().size() : r.written(), r.projectCode(),
                            r.preview().skippedTotals(), r.preview().skippedBlank(), r.preview().skippedOther()));
                    out.flush();
                }
                return ExitCode.OK;
            } catch (LedgerFileException e) {
                Reports.fail(spec, CliMessages.get("ledger.fileError", file, CliMessages.get(e.messageKey())));
                return ExitCode.BAD_INPUT;
            }
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        LedgerCommand ledger;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "ledger.project")
        String project;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "ledger.to")
        Path to;

        @Override
        public Integer call() throws IOException {
            try (CliSession session = CliSession.open(ledger.top)) {
                session.core.ledger().export(session.user, project, to);
                spec.commandLine().getOut().println(CliMessages.get("ledger.exported", project, to));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
