package cn.projectdesk.core.schedule.bench;

import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmSchedule;
import cn.projectdesk.core.schedule.CriticalPathSolver;
import cn.projectdesk.core.schedule.IncrementalScheduler;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.util.concurrent.TimeUnit;
import org.mpxj.ProjectFile;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmarks of the scheduling engine; run through {@link BenchmarkMain} (profile "bench"). */
public class ScheduleBenchmarks {
    static final WorkingTimeIndex CALENDAR = WorkingTimeIndex.build(cn.projectdesk.core.schedule.WorkWeek.mondayToFriday(),
            java.util.Map.of());

    @State(Scope.Benchmark)
    public static class Network {
        @Param({"1000", "10000", "100000"})
        public int size;
        CpmProject project;
        CriticalPathSolver solver;

        @Setup(Level.Trial)
        public void build() {
            project = BenchNetworks.ours(size, 42);
            solver = new CriticalPathSolver(CALENDAR);
        }
    }

    /** Full pass: compile the network, forward and backward pass with calendar arithmetic, constraints, roll-up. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CpmSchedule fullPass(Network n) {
        return n.solver.solve(n.project);
    }

    @State(Scope.Benchmark)
    public static class MpxjNetwork {
        @Param({"1000", "10000", "100000"})
        public int size;
        CpmProject project;
        ProjectFile file;

        @Setup(Level.Invocation)
        public void build() {
            if (project == null) {
                project = BenchNetworks.ours(size, 42);
            }
            file = BenchNetworks.mpxj(project);
        }
    }

    /** MPXJ's MS Project-style scheduler on the same network (a fresh ProjectFile each time, built outside the timing). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ProjectFile mpxjMicrosoftScheduler(MpxjNetwork n) throws CpmException {
        new MicrosoftScheduler().schedule(n.file, BenchNetworks.START);
        return n.file;
    }

    @State(Scope.Benchmark)
    public static class Incremental {
        @Param({"10000"})
        public int size;
        IncrementalScheduler scheduler;
        int[] durations;
        java.util.List<cn.projectdesk.core.schedule.CpmLink> links;
        int next;

        @Setup(Level.Trial)
        public void build() {
            CpmProject project = BenchNetworks.ours(size, 42);
            scheduler = new IncrementalScheduler(new CriticalPathSolver(CALENDAR).solve(project));
            links = project.links();
            durations = new int[size];
            for (int i = 0; i < size; i++) {
                durations[i] = project.tasks().get(i).durationMinutes();
            }
        }
    }

    /**
     * One duration change and the incremental update. Tasks are visited round the network twice:
     * the first visit adds a day, the second takes it back, so the plan does not drift.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int incrementalAfterOneDurationChange(Incremental s) {
        int step = s.next++;
        int task = (int) ((step * 7919L) % s.size);
        boolean restore = (step / s.size) % 2 == 1;
        return s.scheduler.setDuration(task, s.durations[task] + (restore ? 0 : 480));
    }

    /** One link edit (lag one day longer, then back) and the incremental update. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int incrementalAfterOneLinkChange(Incremental s) {
        int step = s.next++;
        cn.projectdesk.core.schedule.CpmLink link = s.links.get((int) ((step * 7919L) % s.links.size()));
        boolean restore = (step / s.links.size()) % 2 == 1;
        cn.projectdesk.core.schedule.Lag lag = restore ? link.lag()
                : new cn.projectdesk.core.schedule.Lag(link.lag().amount() + (link.lag().unit()
                == cn.projectdesk.core.schedule.LagUnit.PERCENT ? 10 : 480), link.lag().unit());
        return s.scheduler.setLink(link.predecessor(), link.successor(), link.type(), lag);
    }

    /** One constraint edit (start no earlier than a week after the start, then as soon as possible) and the update. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int incrementalAfterOneConstraintChange(Incremental s) {
        int step = s.next++;
        int task = (int) ((step * 7919L) % s.size);
        boolean restore = (step / s.size) % 2 == 1;
        return restore ? s.scheduler.setConstraint(task, cn.projectdesk.core.schedule.ConstraintType.ASAP, null)
                : s.scheduler.setConstraint(task, cn.projectdesk.core.schedule.ConstraintType.SNET, BenchNetworks.START.plusDays(7));
    }
}
