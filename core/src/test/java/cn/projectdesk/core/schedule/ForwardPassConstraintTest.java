package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date constraints in the WBS forward pass, honoured over links as MS Project does. */
class ForwardPassConstraintTest {
    private static final WorkingCalendar CAL = WorkingCalendar.chinaStandard();
    /** Monday; A runs 11-23..11-27 and B (FS after A) would start Monday 11-30. */
    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    private static List<TaskDates> plan(ConstraintType type, LocalDate date) {
        List<ScheduleTask> tasks = List.of(new ScheduleTask("A", -1, 5, false), new ScheduleTask("B", -1, 3, false, type, date));
        return ForwardPassScheduler.schedule(tasks, List.of(new ScheduleLink(0, 1, DependencyType.FS, 0)), START, CAL);
    }

    @Test
    void startNoEarlierThanPushesLaterButNotEarlierThanTheLinks() {
        assertThat(plan(ConstraintType.SNET, LocalDate.of(2026, 12, 2)).get(1).start()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(plan(ConstraintType.SNET, LocalDate.of(2026, 11, 24)).get(1).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        // Saturday → the next working day
        assertThat(plan(ConstraintType.SNET, LocalDate.of(2026, 12, 5)).get(1).start()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void mustStartOnAndFinishConstraintsWinOverLinks() {
        assertThat(plan(ConstraintType.MSO, LocalDate.of(2026, 11, 25)).get(1).start()).isEqualTo(LocalDate.of(2026, 11, 25));
        TaskDates fnet = plan(ConstraintType.FNET, LocalDate.of(2026, 12, 9)).get(1);
        assertThat(fnet.finish()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(fnet.durationDays()).isEqualTo(3);
        // Finish no later than Sunday 12-06 → by Friday 12-04 at the latest; the links would give 12-02 anyway
        assertThat(plan(ConstraintType.FNLT, LocalDate.of(2026, 12, 6)).get(1).finish()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(plan(ConstraintType.MFO, LocalDate.of(2026, 12, 6)).get(1).finish()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(plan(ConstraintType.SNLT, LocalDate.of(2026, 11, 26)).get(1).start()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(plan(ConstraintType.ALAP, null).get(1).start()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
