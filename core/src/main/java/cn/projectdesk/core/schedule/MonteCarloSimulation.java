package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Monte Carlo schedule risk on top of the critical-path engine: each iteration draws every
 * estimated task's duration, runs a forward and a backward pass on plain arrays, and records the
 * project finish and which tasks were critical.
 *
 * <p>Iterations are cut into chunks of {@value #CHUNK}; chunk c always uses the c-th stream split
 * from the seed and writes its own slots, so the result is the same on one thread or many (ADR 15).
 */
public final class MonteCarloSimulation {
    static final int CHUNK = 250;
    private final WorkingTimeIndex calendar;

    public MonteCarloSimulation(WorkingTimeIndex calendar) {
        this.calendar = calendar;
    }

    /**
     * @param estimates one per task of the project (same index); null keeps the task's own duration.
     *                  Estimates on summaries and milestones are ignored: they span or mark, not work.
     * @throws DependencyCycleException when the links loop
     */
    public RiskResult run(CpmProject project, List<ThreePointEstimate> estimates, RiskSettings settings) {
        if (project.scheduledFromFinish()) {
            throw new IllegalArgumentException("Monte Carlo needs a project scheduled from its start");
        }
        if (estimates.size() != project.tasks().size()) {
            throw new IllegalArgumentException(estimates.size() + " estimates for " + project.tasks().size() + " tasks");
        }
        CompiledNetwork net = new CompiledNetwork(project, calendar);
        int start = calendar.positionOf(project.start());
        int[] varying = varyingTasks(net, estimates);
        double[][] abm = estimateArrays(varying, estimates);

        CpmSchedule plan = new CpmSchedule(net, calendar, start);
        CriticalPathSolver.forward(plan);
        int deterministicFinish = plan.projectFinish;

        int[] finishes = new int[settings.iterations()];
        int chunks = (settings.iterations() + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = root.split();
        }
        int[] critical = new int[net.size];
        int threads = Math.min(settings.threads(), chunks);
        AtomicInteger nextChunk = new AtomicInteger();
        List<int[]> partial = runWorkers(threads, () -> {
            Worker worker = new Worker(net.withOwnDurations(), calendar, start, varying, abm, settings.distribution());
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                int from = c * CHUNK;
                int to = Math.min(settings.iterations(), from + CHUNK);
                worker.runChunk(streams[c], finishes, from, to);
            }
            return worker.criticalCount;
        });
        // integer sums: the same whatever chunk ran on whichever thread
        for (int[] counts : partial) {
            for (int t = 0; t < counts.length; t++) {
                critical[t] += counts[t];
            }
        }
        return new RiskResult(calendar, settings, finishes, critical, deterministicFinish, net.names);
    }

    private static int[] varyingTasks(CompiledNetwork net, List<ThreePointEstimate> estimates) {
        int[] out = new int[net.size];
        int n = 0;
        for (int t = 0; t < net.size; t++) {
            ThreePointEstimate e = estimates.get(t);
            if (e != null && !net.summary[t] && !net.milestone[t]) {
                out[n++] = t;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double[][] estimateArrays(int[] varying, List<ThreePointEstimate> estimates) {
        double[][] abm = new double[3][varying.length];
        for (int i = 0; i < varying.length; i++) {
            ThreePointEstimate e = estimates.get(varying[i]);
            abm[0][i] = e.optimistic();
            abm[1][i] = e.mostLikely();
            abm[2][i] = e.pessimistic();
        }
        return abm;
    }

    private static List<int[]> runWorkers(int threads, java.util.concurrent.Callable<int[]> work) {
        if (threads == 1) {
            try {
                return List.of(work.call());
            } catch (Exception e) {
                throw rethrow(e);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(work));
            }
            List<int[]> out = new ArrayList<>();
            for (Future<int[]> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }

    /** One thread's state: its own copy of the durations and schedule arrays, reused for every iteration. */
    private static final class Worker {
        final CpmSchedule s;
        final int[] varying;
        final double[][] abm;
        final DurationDistribution distribution;
        final int[] criticalCount;
        /** Marks summaries already counted in this iteration (a summary is critical if any leaf below is). */
        final int[] countedIn;

        Worker(CompiledNetwork net, WorkingTimeIndex calendar, int start, int[] varying, double[][] abm, DurationDistribution distribution) {
            this.s = new CpmSchedule(net, calendar, start);
            this.varying = varying;
            this.abm = abm;
            this.distribution = distribution;
            this.criticalCount = new int[net.size];
            this.countedIn = new int[net.size];
            java.util.Arrays.fill(countedIn, -1);
        }

        void runChunk(SplittableRandom random, int[] finishes, int from, int to) {
            CompiledNetwork net = s.net;
            for (int i = from; i < to; i++) {
                for (int k = 0; k < varying.length; k++) {
                    net.duration[varying[k]] = (int) Math.round(distribution.sample(abm[0][k], abm[1][k], abm[2][k], random));
                }
                CriticalPathSolver.forward(s);
                CriticalPathSolver.backward(s);
                finishes[i] = s.projectFinish;
                countCritical(i);
            }
        }

        private void countCritical(int iteration) {
            CompiledNetwork net = s.net;
            for (int t = 0; t < net.size; t++) {
                if (net.summary[t] || !s.isCritical(t)) {
                    continue;
                }
                criticalCount[t]++;
                for (int p = net.parent[t]; p >= 0 && countedIn[p] != iteration; p = net.parent[p]) {
                    countedIn[p] = iteration;
                    criticalCount[p]++;
                }
            }
        }
    }
}
