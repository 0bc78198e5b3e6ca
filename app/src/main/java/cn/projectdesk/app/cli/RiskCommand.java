package cn.projectdesk.app.cli;

import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.risk.ScheduleRiskReport;
import cn.projectdesk.core.risk.ScheduleRiskService;
import cn.projectdesk.core.risk.TaskCriticality;
import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.schedule.HistogramBucket;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code projectdesk risk --project CODE}: Monte Carlo schedule risk of a project's plan (P50/P80/P95,
 * chance of meeting a target date, criticality per task, histogram); {@code risk estimate} sets a
 * task's three-point estimate.
 */
@Command(name = "risk", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = RiskCommand.Estimate.class)
final class RiskCommand implements Callable<Integer> {
    private static final int TOP_TASKS = 10;

    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    // not "required": picocli would then demand it before "risk estimate" too
    @Option(names = "--project", paramLabel = "CODE", descriptionKey = "risk.project")
    String project;

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "risk.iterations")
    int iterations = ScheduleRiskService.DEFAULT_ITERATIONS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "risk.seed")
    long seed = 1;

    @Option(names = "--target", paramLabel = "DATE", descriptionKey = "risk.target")
    LocalDate target;

    @Option(names = "--distribution", paramLabel = "PERT|TRIANGULAR", descriptionKey = "risk.distribution")
    DurationDistribution distribution = DurationDistribution.PERT;

    @Option(names = "--json", descriptionKey = "risk.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (project == null || project.isBlank()) {
            throw new CliInputException(CliMessages.get("risk.projectRequired"));
        }
        try (CliSession session = CliSession.open(top)) {
            ProjectSummary summary = session.core.projects().findByCode(session.user, project);
            ScheduleRiskReport report = session.core.risk().analyse(session.user, summary.id(), iterations, seed,
                    distribution, target);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(asJson(report)));
            } else {
                print(out, summary, report);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, ProjectSummary summary, ScheduleRiskReport r) {
        out.println(CliMessages.get("risk.header", r.projectCode(), summary.name(), r.iterations(),
                r.distribution().name(), String.valueOf(r.seed()), r.estimatedTasks()));
        out.println(CliMessages.get("risk.finishes", r.plannedFinish(), r.p50(), r.p80(), r.p95()));
        if (r.target() != null) {
            out.println(CliMessages.get("risk.probability", r.target(), percent(r.probabilityByTarget())));
        }
        if (r.estimatedTasks() == 0) {
            out.println(CliMessages.get("risk.noEstimates"));
        }
        out.println(CliMessages.get("risk.critical"));
        r.tasks().stream().filter(t -> !t.summary())
                .sorted(Comparator.comparingDouble(TaskCriticality::criticality).reversed()).limit(TOP_TASKS)
                .forEach(t -> out.printf("  %-10s %6s  %s%n", t.wbsCode(), percent(t.criticality()), t.name()));
        out.println(CliMessages.get("risk.histogram"));
        int max = r.histogram().stream().mapToInt(HistogramBucket::count).max().orElse(1);
        for (HistogramBucket b : r.histogram()) {
            String bar = "#".repeat((int) Math.round(40.0 * b.count() / max));
            out.printf("  %s..%s %6d %6s %s%n", b.from(), b.to(), b.count(), percent(b.cumulative()), bar);
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static Map<String, Object> asJson(ScheduleRiskReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", r.projectCode());
        m.put("iterations", r.iterations());
        m.put("seed", r.seed());
        m.put("distribution", r.distribution().name());
        m.put("estimatedTasks", r.estimatedTasks());
        m.put("plannedFinish", r.plannedFinish().toString());
        m.put("p50", r.p50().toString());
        m.put("p80", r.p80().toString());
        m.put("p95", r.p95().toString());
        m.put("target", r.target() == null ? null : r.target().toString());
        m.put("probabilityByTarget", r.probabilityByTarget());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskCriticality t : r.tasks()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("wbs", t.wbsCode());
            row.put("name", t.name());
            row.put("summary", t.summary());
            row.put("durationDays", t.durationDays());
            DurationEstimate e = t.estimate();
            row.put("optimisticDays", e == null ? null : e.optimisticDays());
            row.put("mostLikelyDays", e == null ? null : e.mostLikelyDays());
            row.put("pessimisticDays", e == null ? null : e.pessimisticDays());
            row.put("criticality", t.criticality());
            tasks.add(row);
        }
        m.put("tasks", tasks);
        List<Map<String, Object>> histogram = new ArrayList<>();
        for (HistogramBucket b : r.histogram()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", b.from().toString());
            row.put("to", b.to().toString());
            row.put("count", b.count());
            row.put("cumulative", b.cumulative());
            histogram.add(row);
        }
        m.put("histogram", histogram);
        return m;
    }

    /** {@code risk estimate --project CODE --task WBS --optimistic D --most-likely D --pessimistic D | --clear}. */
    @Command(name = "estimate", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Estimate implements Callable<Integer> {
        @ParentCommand
        RiskCommand risk;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "risk.project")
        String project;

        @Option(names = "--task", required = true, paramLabel = "WBS", descriptionKey = "risk.estimate.task")
        String task;

        @Option(names = "--optimistic", paramLabel = "DAYS", descriptionKey = "risk.estimate.optimistic")
        Integer optimistic;

        @Option(names = "--most-likely", paramLabel = "DAYS", descriptionKey = "risk.estimate.mostLikely")
        Integer mostLikely;

        @Option(names = "--pessimistic", paramLabel = "DAYS", descriptionKey = "risk.estimate.pessimistic")
        Integer pessimistic;

        @Option(names = "--clear", descriptionKey = "risk.estimate.clear")
        boolean clear;

        @Override
        public Integer call() {
            boolean all = optimistic != null && mostLikely != null && pessimistic != null;
            boolean none = optimistic == null && mostLikely == null && pessimistic == null;
            if (clear ? !none : !all) {
                throw new CliInputException(CliMessages.get("risk.estimate.usage"));
            }
            DurationEstimate estimate = clear ? null : new DurationEstimate(optimistic, mostLikely, pessimistic);
            try (CliSession session = CliSession.open(risk.top)) {
                ProjectSummary summary = session.core.projects().findByCode(session.user, project);
                TaskRow row = session.core.tasks().tasks(session.user, summary.id()).stream()
                        .filter(t -> t.wbsCode().equals(task)).findFirst()
                        .orElseThrow(() -> new CliInputException(CliMessages.get("risk.estimate.noTask", task, project)));
                session.core.tasks().setEstimate(session.user, row.id(), estimate);
                spec.commandLine().getOut().println(clear ? CliMessages.get("risk.estimate.cleared", task, row.name())
                        : CliMessages.get("risk.estimate.done", task, row.name(), optimistic, mostLikely, pessimistic));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
