package cn.projectdesk.app.cli;

import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk warnings list|evaluate}: the warnings centre (风险预警) from scripts and a daily timer. */
@Command(name = "warnings", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {WarningsCommand.ListWarnings.class, WarningsCommand.Evaluate.class})
final class WarningsCommand extends CommandGroup {

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListWarnings implements Callable<Integer> {
        @ParentCommand
        WarningsCommand warnings;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "warnings.list.json")
        boolean json;

        @Option(names = "--all", descriptionKey = "warnings.list.all")
        boolean all;

        @Option(names = "--mine", descriptionKey = "warnings.list.mine")
        boolean mine;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliSession session = CliSession.open(warnings.top)) {
                WarningService service = session.core.ops().warnings();
                List<WarningRow> rows = mine ? service.mine(session.user) : service.list(session.user, all);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(rows.stream().map(ListWarnings::asJson).toList()));
                } else {
                    List<String[]> table = new ArrayList<>();
                    table.add(new String[] {CliMessages.get("warnings.column.severity"), CliMessages.get("warnings.column.status"),
                            CliMessages.get("warnings.column.project"), CliMessages.get("warnings.column.rule"),
                            CliMessages.get("warnings.column.measured"), CliMessages.get("warnings.column.owner"),
                            CliMessages.get("warnings.column.subject")});
                    for (WarningRow w : rows) {
                        table.add(new String[] {CliMessages.label(w.severity()), CliMessages.label(w.status())
                                + (w.conditionActive() ? "" : CliMessages.get("warnings.cleared")), w.projectCode(),
                                CliMessages.label(w.rule()), measured(w), w.owner() == null ? "" : w.owner(), w.subject()});
                    }
                    CliTable.print(out, table);
                    out.println(CliMessages.get("warnings.list.count", rows.size()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        private static String measured(WarningRow w) {
            return CliMessages.get("warnings.measure." + w.rule().name(), w.measured(), w.limit());
        }

        /** The JSON contract: id, project, rule, severity, status, subject, measured, limit, dueDate, owner, active. */
        private static Map<String, Object> asJson(WarningRow w) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", w.id().toString());
            m.put("project", w.projectCode());
            m.put("rule", w.rule().name());
            m.put("ruleName", CliMessages.label(w.rule()));
            m.put("severity", w.severity().name());
            m.put("status", w.status().name());
            m.put("subject", w.subject());
            m.put("measured", w.measured());
            m.put("limit", w.limit());
            m.put("dueDate", w.dueDate() == null ? null : w.dueDate().toString());
            m.put("owner", w.owner());
            m.put("active", w.conditionActive());
            m.put("rectification", w.rectification());
            return m;
        }
    }

    @Command(name = "evaluate", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Evaluate implements Callable<Integer> {
        @ParentCommand
        WarningsCommand warnings;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(warnings.top)) {
                WarningService.EvaluationResult r = session.core.ops().warnings().evaluate(session.user);
                spec.commandLine().getOut().println(CliMessages.get("warnings.evaluated", r.projects(), r.opened(),
                        r.refreshed(), r.cleared()));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
