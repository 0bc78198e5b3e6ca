package cn.projectdesk.core.bench;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database half of "open a 10k-task project to a drawn Gantt" (target ≤ 1 s together with the app's
 * half, app/target/bench/gantt-frame.json open10k): every service read the Gantt makes when it opens a
 * project (project, tasks with predecessor texts, baselines, progress report, CPM analysis, constraints,
 * calendar), on a 10,000-task plan in phases of ten chained tasks. Not a unit test.
 * Usage: GanttOpenBenchmark [tasks] [runs]. Writes target/bench/gantt-open-N.json.
 */
public final class GanttOpenBenchmark {
    private GanttOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = BenchFolder.temporary("gantt-open-bench");
        try (CoreServices core = TestFolders.demo(work.resolve("data"))) {
            UserSession officer = TestFolders.login(core, "zhangwei");
            UUID dept = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
            UUID projectId = core.projects().create(officer,
                    ProjectDraft.minimal(null, "甘特图基准项目", ProjectType.OTHER, dept, 2027)).id();
            UUID first = plan(core, projectId, n);
            // One edit through the service renumbers the WBS and schedules all tasks, as the editor would.
            core.tasks().rename(officer, first, "阶段 1");
            double[] total = new double[runs];
            Map<String, double[]> parts = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                time(parts, "project", run, runs, () -> core.projects().get(officer, projectId));
                time(parts, "tasks", run, runs, () -> core.tasks().tasks(officer, projectId));
                time(parts, "baselines", run, runs, () -> core.baselines().list(officer, projectId));
                time(parts, "progressReport", run, runs, () -> core.progress().report(officer, projectId, null));
                time(parts, "criticalPath", run, runs, () -> core.tasks().analysis(officer, projectId));
                time(parts, "constraints", run, runs, () -> core.tasks().constraints(officer, projectId));
                time(parts, "calendar", run, runs, () -> core.tasks().calendar(officer, projectId));
                total[run] = (System.nanoTime() - t0) / 1e6;
                System.out.printf("run %d: %.0f ms%n", run + 1, total[run]);
            }
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("tasks", n);
            extras.put("what", "the service reads GanttData.load makes to open a project's Gantt; the app's part "
                    + "(rows, model, first frame) is open10k in app/target/bench/gantt-frame.json");
            extras.put("runsMs", total);
            Map<String, Object> medians = new LinkedHashMap<>();
            parts.forEach((k, v) -> medians.put(k + "MedianMs", Math.round(BenchReport.median(v) * 10) / 10.0));
            extras.put("parts", medians);
            extras.put("target", "<= 1000 ms together with the app's open10k");
            extras.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println(BenchReport.write("gantt-open-" + n, BenchReport.median(total), "ms", extras));
        }
    }

    private static void time(Map<String, double[]> parts, String name, int run, int runs, Runnable read) {
        long t0 = System.nanoTime();
        read.run();
        parts.computeIfAbsent(name, k -> new double[runs])[run] = (System.nanoTime() - t0) / 1e6;
    }

    /** Phases (summaries) of ten tasks chained finish-to-start, written in one transaction; returns the first phase. */
    private static UUID plan(CoreServices core, UUID projectId, int n) {
        return core.database().inTransaction("zhangwei", s -> {
            Project project = s.get(Project.class, projectId);
            List<Task> all = new ArrayList<>(n);
            Task phase = null;
            Task previous = null;
            int phases = 0;
            for (int i = 0; i < n; i++) {
                if (i % 11 == 0) {
                    phase = new Task(project, null, phases++, "阶段 " + phases);
                    phase.setWbsCode(String.valueOf(phases));
                    s.persist(phase);
                    all.add(phase);
                    previous = null;
                    continue;
                }
                Task t = new Task(project, phase, i % 11 - 1, "建设任务 " + i);
                t.setWbsCode(phases + "." + (i % 11));
                t.setDurationDays(3 + i % 7);
                t.setPercentComplete((i * 13) % 101);
                s.persist(t);
                all.add(t);
                if (previous != null) {
                    s.persist(new Dependency(project, previous, t, DependencyType.FS, 0));
                }
                previous = t;
                if (i % 500 == 0) {
                    s.flush();
                }
            }
            return all.get(0).getId();
        });
    }
}
