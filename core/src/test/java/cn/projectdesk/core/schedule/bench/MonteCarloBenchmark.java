package cn.projectdesk.core.schedule.bench;

import cn.projectdesk.core.bench.BenchReport;
import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmTask;
import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.schedule.MonteCarloSimulation;
import cn.projectdesk.core.schedule.RiskResult;
import cn.projectdesk.core.schedule.RiskSettings;
import cn.projectdesk.core.schedule.ThreePointEstimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monte Carlo risk on the 1k-task benchmark network (the CPM benchmark's, with calendar, lags and
 * constraints), every task estimated from half to double its duration: 10,000 PERT iterations on all
 * cores (target ≤ 2 s), and one thread for comparison. Usage: MonteCarloBenchmark [tasks] [iterations] [runs].
 */
public final class MonteCarloBenchmark {
    private MonteCarloBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        CpmProject project = BenchNetworks.ours(tasks, 42);
        List<ThreePointEstimate> estimates = new ArrayList<>();
        for (CpmTask t : project.tasks()) {
            int m = t.durationMinutes();
            estimates.add(new ThreePointEstimate(m / 2, m, 2 * m));
        }
        MonteCarloSimulation simulation = new MonteCarloSimulation(ScheduleBenchmarks.CALENDAR);
        RiskSettings all = RiskSettings.of(iterations, 2026, DurationDistribution.PERT);
        RiskSettings one = new RiskSettings(iterations, 2026, DurationDistribution.PERT, 1);
        simulation.run(project, estimates, all); // warm-up
        simulation.run(project, estimates, one);
        double[] allCores = new double[runs];
        double[] oneCore = new double[runs];
        RiskResult last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = simulation.run(project, estimates, all);
            allCores[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            simulation.run(project, estimates, one);
            oneCore[i] = (System.nanoTime() - t0) / 1e6;
        }
        double median = BenchReport.median(allCores);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("tasks", tasks);
        extras.put("iterations", iterations);
        extras.put("threads", all.threads());
        extras.put("target", "<= 2000 ms for 10,000 iterations on 1,000 tasks");
        extras.put("runsMs", allCores);
        extras.put("oneThreadMedianMs", BenchReport.median(oneCore));
        extras.put("speedUp", BenchReport.median(oneCore) / median);
        extras.put("p50", last.finishAtPercentile(50).toString());
        extras.put("p95", last.finishAtPercentile(95).toString());
        Path file = BenchReport.write("monte-carlo-" + tasks + "-tasks-" + iterations, median, "ms", extras);
        System.out.printf("Monte Carlo %,d iterations on %,d tasks: median %.0f ms on %d threads (%.0f ms on one) -> %s%n",
                iterations, tasks, median, all.threads(), BenchReport.median(oneCore), file);
    }
}
