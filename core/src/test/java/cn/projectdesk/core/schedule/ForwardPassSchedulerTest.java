package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ForwardPassSchedulerTest {
    private static final WorkingCalendar CAL = WorkingCalendar.chinaStandard();
    private static final LocalDate START = LocalDate.of(2026, 9, 28);

    @Test
    void finishToStartWithLagSkipsWeekendsAndHolidays() {
        List<ScheduleTask> tasks = List.of(new ScheduleTask("A", -1, 2, false), new ScheduleTask("B", -1, 3, false));
        List<TaskDates> d = ForwardPassScheduler.schedule(tasks, List.of(new ScheduleLink(0, 1, DependencyType.FS, 1)), START, CAL);
        assertThat(d.get(0).start()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(d.get(0).finish()).isEqualTo(LocalDate.of(2026, 9, 29));
        // 9-30 is the lag day; 10-01..10-07 is the National Day holiday, so B starts on Thursday 10-08
        assertThat(d.get(1).start()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CAL.isWorkingDay(d.get(1).start())).isTrue();
        assertThat(d.get(1).durationDays()).isEqualTo(3);
    }

    @Test
    void dateConstraintsWinOverLinksAndTheProjectStart() {
        // A(2d) -> B(1d, start no earlier than Mon 11-02), C(2d, must finish on Fri 10-16), D(1d, start no later than 9-28) after A
        List<ScheduleTask> tasks = List.of(new ScheduleTask("A", -1, 2, false),
                new ScheduleTask("B", -1, 1, false, ConstraintType.SNET, LocalDate.of(2026, 11, 2)),
                new ScheduleTask("C", -1, 2, false, ConstraintType.MFO, LocalDate.of(2026, 10, 16)),
                new ScheduleTask("D", -1, 1, false, ConstraintType.SNLT, LocalDate.of(2026, 9, 28)),
                new ScheduleTask("E", -1, 1, false, ConstraintType.SNET, LocalDate.of(2026, 9, 20)));
        List<ScheduleLink> links = List.of(new ScheduleLink(0, 1, DependencyType.FS, 0), new ScheduleLink(0, 3, DependencyType.FS, 0));
        List<TaskDates> d = ForwardPassScheduler.schedule(tasks, links, START, CAL);
        assertThat(d.get(1).start()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(d.get(2).start()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(d.get(2).finish()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(d.get(3).start()).isEqualTo(LocalDate.of(2026, 9, 28));
        // no predecessors: the no-earlier-than date replaces the project start, as in MS Project (9-20 is a make-up workday)
        assertThat(d.get(4).start()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void summariesSpanTheirChildrenAndMilestonesSitAtThePredecessorsFinish() {
        List<ScheduleTask> tasks = List.of(
                new ScheduleTask("phase", -1, 0, false),
                new ScheduleTask("a", 0, 5, false),
                new ScheduleTask("b", 0, 3, false),
                new ScheduleTask("done", -1, 0, true));
        List<ScheduleLink> links = List.of(new ScheduleLink(1, 2, DependencyType.FS, 0),
                new ScheduleLink(0, 3, DependencyType.FS, 0));
        List<TaskDates> d = ForwardPassScheduler.schedule(tasks, links, LocalDate.of(2026, 11, 23), CAL);
        assertThat(d.get(0).start()).isEqualTo(d.get(1).start());
        assertThat(d.get(0).finish()).isEqualTo(d.get(2).finish());
        assertThat(d.get(0).durationDays()).isEqualTo(8);
        assertThat(d.get(3).start()).isEqualTo(d.get(2).finish());
        assertThat(d.get(3).durationDays()).isZero();
    }

    @Test
    void aCycleIsRejectedNamingItsTasks() {
        List<ScheduleTask> tasks = List.of(new ScheduleTask("A", -1, 1, false), new ScheduleTask("B", -1, 1, false),
                new ScheduleTask("C", -1, 1, false), new ScheduleTask("D", -1, 1, false));
        List<ScheduleLink> links = List.of(new ScheduleLink(0, 1, DependencyType.FS, 0),
                new ScheduleLink(1, 2, DependencyType.SS, 0), new ScheduleLink(2, 1, DependencyType.FF, 0),
                new ScheduleLink(2, 3, DependencyType.FS, 0));
        assertThatThrownBy(() -> ForwardPassScheduler.schedule(tasks, links, START, CAL))
                .isInstanceOfSatisfying(DependencyCycleException.class,
                        e -> assertThat(e.taskNames()).containsExactlyInAnyOrder("B", "C"));
    }

    @Test
    void aCycleIsNamedEvenWhenTheFirstLeftOverTaskComesAfterIt() {
        // D follows the loop B <-> C; D is left over by the sort too, but is not part of the loop
        List<ScheduleTask> tasks = List.of(new ScheduleTask("D", -1, 1, false), new ScheduleTask("B", -1, 1, false),
                new ScheduleTask("C", -1, 1, false));
        List<ScheduleLink> links = List.of(new ScheduleLink(1, 2, DependencyType.FS, 0),
                new ScheduleLink(2, 1, DependencyType.FS, 0), new ScheduleLink(2, 0, DependencyType.FS, 0));
        assertThatThrownBy(() -> ForwardPassScheduler.schedule(tasks, links, START, CAL))
                .isInstanceOfSatisfying(DependencyCycleException.class,
                        e -> assertThat(e.taskNames()).containsExactlyInAnyOrder("B", "C"));
    }

    record Network(List<ScheduleTask> tasks, List<ScheduleLink> links) {
    }

    @Provide
    Arbitrary<Network> networks() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> {
            Arbitrary<List<ScheduleTask>> tasks = Arbitraries.integers().between(1, 30)
                    .list().ofSize(n).map(durations -> {
                        List<ScheduleTask> list = new ArrayList<>();
                        for (int i = 0; i < durations.size(); i++) {
                            list.add(new ScheduleTask("T" + i, -1, durations.get(i), false));
                        }
                        return list;
                    });
            Arbitrary<ScheduleLink> link = Combinators.combine(
                    Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n - 1),
                    Arbitraries.of(DependencyType.class), Arbitraries.integers().between(-5, 10))
                    .as((a, b, type, lag) -> new ScheduleLink(Math.min(a, b), Math.max(a, b), type, lag))
                    .filter(l -> l.predecessor() != l.successor());
            return Combinators.combine(tasks, link.list().ofMaxSize(n * 2)).as(Network::new);
        });
    }

    /** Every link is satisfied, nothing starts before the project, and every task is as early as it can be. */
    @Property(tries = 200)
    void earlyDatesSatisfyEveryLinkAndAreTight(@ForAll("networks") Network net) {
        List<TaskDates> d = ForwardPassScheduler.schedule(net.tasks(), net.links(), START, CAL);
        int start0 = CAL.ordinalOnOrAfter(START);
        int n = net.tasks().size();
        int[] es = new int[n];
        int[] ef = new int[n];
        for (int i = 0; i < n; i++) {
            es[i] = CAL.ordinalOnOrAfter(d.get(i).start());
            ef[i] = CAL.ordinalOnOrAfter(d.get(i).finish()) + 1;
            assertThat(ef[i] - es[i]).isEqualTo(net.tasks().get(i).durationDays());
            assertThat(es[i]).isGreaterThanOrEqualTo(start0);
        }
        boolean[] driven = new boolean[n];
        for (ScheduleLink l : net.links()) {
            int p = l.predecessor();
            int s = l.successor();
            int slack = switch (l.type()) {
                case FS -> es[s] - (ef[p] + l.lagDays());
                case SS -> es[s] - (es[p] + l.lagDays());
                case FF -> ef[s] - (ef[p] + l.lagDays());
                case SF -> ef[s] - (es[p] + l.lagDays());
            };
            assertThat(slack).as("link %s", l).isGreaterThanOrEqualTo(0);
            driven[s] |= slack == 0;
        }
        for (int i = 0; i < n; i++) {
            assertThat(es[i] == start0 || driven[i]).as("task %d starts as early as it can", i).isTrue();
        }
    }
}
