package cn.projectdesk.app.cli;

import cn.projectdesk.core.interop.ProjectFileException;
import cn.projectdesk.core.interop.ScheduleCheck;
import cn.projectdesk.core.interop.ScheduleCheckReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code projectdesk schedule-check FILE [--json]}: reschedules an MS Project file with our engine
 * and compares with the dates MS Project stored. Needs no login and no data folder.
 * Exit 0: every compared task matches; 1: some do not; 2: the file cannot be read.
 */
@Command(name = "schedule-check", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class ScheduleCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "scheduleCheck.file")
    Path file;

    @Option(names = "--json", descriptionKey = "scheduleCheck.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        ScheduleCheckReport report;
        try {
            report = ScheduleCheck.check(file);
        } catch (ProjectFileException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(CliMessages.get("scheduleCheck.unreadable", e.file(), e.reason()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(asJson(report)));
        } else {
            printSummary(out, report);
        }
        out.flush();
        return report.allMatch() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private static Map<String, Object> asJson(ScheduleCheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("tasks", r.tasks());
        m.put("compared", r.compared());
        m.put("earlyStartMatch", r.earlyStartMatch());
        m.put("earlyFinishMatch", r.earlyFinishMatch());
        m.put("lateStartMatch", r.lateStartMatch());
        m.put("lateFinishMatch", r.lateFinishMatch());
        m.put("totalSlackMatch", r.totalSlackMatch());
        m.put("allMatch", r.allMatch());
        m.put("unsupported", r.unsupported());
        m.put("mismatches", r.mismatches());
        return m;
    }

    private static void printSummary(PrintWriter out, ScheduleCheckReport r) {
        out.println(CliMessages.get("scheduleCheck.summary", r.file(), r.tasks(), r.compared()));
        out.println(CliMessages.get("scheduleCheck.matches", r.earlyStartMatch(), r.earlyFinishMatch(),
                r.lateStartMatch(), r.lateFinishMatch(), r.totalSlackMatch(), r.compared()));
        if (!r.unsupported().isEmpty()) {
            out.println(CliMessages.get("scheduleCheck.unsupported", String.join("; ", r.unsupported())));
        }
        r.mismatches().forEach(m -> out.println("  " + m));
        out.println(CliMessages.get(r.allMatch() ? "scheduleCheck.ok" : "scheduleCheck.differs"));
    }
}
