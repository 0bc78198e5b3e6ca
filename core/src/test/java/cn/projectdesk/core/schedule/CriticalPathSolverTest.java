package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathSolverTest {
    private static final int DAY = 480;
    private static final WorkingTimeIndex CAL = WorkingTimeIndex.chinaStandard();
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 23, 8, 0); // a Monday
    private final CriticalPathSolver solver = new CriticalPathSolver(CAL);

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    @Test
    void forwardAndBackwardPassWithFloats() {
        // A(3d) -> C(1d); B(1d) -> C: B has 2 days of float, A and C are critical
        List<CpmTask> tasks = List.of(CpmTask.of("A", 3 * DAY), CpmTask.of("B", DAY), CpmTask.of("C", DAY));
        CpmSchedule s = solver.solve(new CpmProject(tasks, List.of(CpmLink.fs(0, 2), CpmLink.fs(1, 2)), START));
        assertThat(s.task(2).earlyStart()).isEqualTo(at(11, 26, 8));
        assertThat(s.task(2).earlyFinish()).isEqualTo(at(11, 26, 17));
        assertThat(s.task(1).lateStart()).isEqualTo(at(11, 25, 8));
        assertThat(s.task(1).totalFloatMinutes()).isEqualTo(2 * DAY);
        assertThat(s.task(1).freeFloatMinutes()).isEqualTo(2 * DAY);
        assertThat(s.criticalTasks()).containsExactly(0, 2);
    }

    @Test
    void linkTypesAndLags() {
        List<CpmTask> tasks = List.of(CpmTask.of("P", 2 * DAY), CpmTask.of("SS+1d", DAY), CpmTask.of("FF-1d", DAY),
                CpmTask.of("SF", DAY), CpmTask.of("FS+1ed", DAY), CpmTask.of("FS+50%", DAY));
        List<CpmLink> links = List.of(
                new CpmLink(0, 1, DependencyType.SS, Lag.working(DAY)),
                new CpmLink(0, 2, DependencyType.FF, Lag.working(-DAY)),
                new CpmLink(0, 3, DependencyType.SF, Lag.working(2 * DAY)),
                new CpmLink(0, 4, DependencyType.FS, Lag.elapsed(24 * 60)),
                new CpmLink(0, 5, DependencyType.FS, Lag.percent(50)));
        CpmSchedule s = solver.solve(new CpmProject(tasks, links, START));
        assertThat(s.task(1).earlyStart()).isEqualTo(at(11, 24, 8));
        assertThat(s.task(2).earlyFinish()).as("one day before P's finish").isEqualTo(at(11, 23, 17));
        // adding a positive lag ends where work ends (task-links-*.xml); without lag MS Project keeps
        // the anchor's 08:00 (sample.mpp, "Related Task 6b")
        assertThat(s.task(3).earlyFinish()).as("P's start + 2d").isEqualTo(at(11, 24, 17));
        assertThat(s.task(4).earlyStart()).as("Tue 17:00 + 24h = Wed 17:00, work resumes Thu").isEqualTo(at(11, 26, 8));
        assertThat(s.task(5).earlyStart()).as("50% of 2d = 1d after Tue").isEqualTo(at(11, 26, 8));
    }

    @Test
    void constraintsWinOverLinks() {
        LocalDateTime fri8 = at(11, 27, 8);
        List<CpmTask> tasks = List.of(CpmTask.of("A", 5 * DAY),
                new CpmTask("MSO", -1, DAY, false, ConstraintType.MSO, at(11, 24, 8)),
                new CpmTask("SNET", -1, DAY, false, ConstraintType.SNET, fri8),
                new CpmTask("FNLT", -1, DAY, false, ConstraintType.FNLT, at(11, 25, 17)),
                new CpmTask("MFO", -1, DAY, false, ConstraintType.MFO, at(11, 30, 17)),
                new CpmTask("ALAP", -1, DAY, false, ConstraintType.ALAP, null));
        CpmSchedule s = solver.solve(new CpmProject(tasks, List.of(CpmLink.fs(0, 1), CpmLink.fs(0, 3)), START));
        assertThat(s.task(1).earlyStart()).as("MSO before its predecessor's finish").isEqualTo(at(11, 24, 8));
        assertThat(s.task(0).totalFloatMinutes()).as("the predecessor gets negative float").isEqualTo(-4 * DAY);
        assertThat(s.task(2).earlyStart()).isEqualTo(fri8);
        assertThat(s.task(3).earlyFinish()).isEqualTo(at(11, 25, 17));
        assertThat(s.task(4).earlyStart()).isEqualTo(at(11, 30, 8));
        assertThat(s.task(4).lateFinish()).isEqualTo(at(11, 30, 17));
        assertThat(s.task(5).lateFinish()).as("ALAP late dates reach the project finish").isEqualTo(s.projectFinish());
    }

    @Test
    void summariesRollUpAndLinksToSummariesReachTheirLeaves() {
        List<CpmTask> tasks = List.of(
                new CpmTask("Phase", -1, 0, false, ConstraintType.ASAP, null),
                new CpmTask("a", 0, DAY, false, ConstraintType.ASAP, null),
                new CpmTask("b", 0, 2 * DAY, false, ConstraintType.ASAP, null),
                CpmTask.of("Before", DAY),
                CpmTask.of("Done", 0));
        CpmSchedule s = solver.solve(new CpmProject(tasks, List.of(CpmLink.fs(3, 0), CpmLink.fs(0, 4)), START));
        assertThat(s.task(0).earlyStart()).isEqualTo(at(11, 24, 8));
        assertThat(s.task(0).earlyFinish()).isEqualTo(at(11, 25, 17));
        assertThat(s.task(4).earlyStart()).as("a milestone sits at its predecessor's finish").isEqualTo(at(11, 25, 17));
    }

    @Test
    void schedulingFromTheFinishWorksBackwardsFirst() {
        List<CpmTask> tasks = List.of(CpmTask.of("A", 2 * DAY), CpmTask.of("B", DAY), CpmTask.of("C", DAY));
        CpmSchedule s = solver.solve(CpmProject.fromFinish(tasks, List.of(CpmLink.fs(0, 1)), at(11, 27, 17)));
        assertThat(s.task(1).lateStart()).isEqualTo(at(11, 27, 8));
        assertThat(s.task(0).lateStart()).isEqualTo(at(11, 25, 8));
        assertThat(s.projectStart()).as("the earliest late start").isEqualTo(at(11, 25, 8));
        assertThat(s.task(0).earlyStart()).isEqualTo(at(11, 25, 8));
        assertThat(s.task(2).totalFloatMinutes()).isEqualTo(2 * DAY);
        assertThat(s.criticalTasks()).containsExactly(0, 1);

        IncrementalScheduler inc = new IncrementalScheduler(s);
        inc.setDuration(0, 3 * DAY);
        assertThat(inc.schedule().task(0).lateStart()).isEqualTo(at(11, 24, 8));
        assertThat(inc.schedule().task(2).earlyStart()).as("the start moved with it").isEqualTo(at(11, 24, 8));
    }

    @Test
    void aCycleNamesItsTasks() {
        List<CpmTask> tasks = List.of(CpmTask.of("A", DAY), CpmTask.of("B", DAY), CpmTask.of("C", DAY), CpmTask.of("D", DAY));
        CpmProject loop = new CpmProject(tasks,
                List.of(CpmLink.fs(0, 1), CpmLink.fs(1, 2), CpmLink.fs(2, 1), CpmLink.fs(2, 3)), START);
        assertThatThrownBy(() -> solver.solve(loop)).isInstanceOf(DependencyCycleException.class)
                .satisfies(e -> assertThat(((DependencyCycleException) e).taskNames()).containsExactlyInAnyOrder("B", "C"));
    }

    @Test
    void incrementalRescheduleTouchesOnlyWhatMoves() {
        List<CpmTask> tasks = new java.util.ArrayList<>();
        List<CpmLink> links = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tasks.add(CpmTask.of("chain" + i, DAY));
            if (i > 0) {
                links.add(CpmLink.fs(i - 1, i));
            }
        }
        tasks.add(CpmTask.of("side", DAY));
        links.add(CpmLink.fs(0, 100));
        IncrementalScheduler inc = new IncrementalScheduler(solver.solve(new CpmProject(tasks, links, START)));
        int touched = inc.setDuration(100, 2 * DAY);
        assertThat(touched).as("the side task has float: nothing else moves").isLessThanOrEqualTo(3);
        assertThat(inc.schedule().task(100).totalFloatMinutes()).isEqualTo(97 * DAY);
    }
}
