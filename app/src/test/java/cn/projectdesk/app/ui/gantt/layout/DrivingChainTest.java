package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DrivingChainTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private final WorkingCalendar china = WorkingCalendar.chinaStandard();

    @Test
    void followsTightLinksBackFromTheTasksThatFinishLast() {
        GanttRow a = Rows.task("1", "a", MON, MON.plusDays(4), 0, "");
        GanttRow slack = Rows.task("2", "slack", MON, MON.plusDays(1), 0, "");
        // b starts the Monday after a's Friday: no working day between, so a drives b.
        GanttRow b = Rows.task("3", "b", MON.plusDays(7), MON.plusDays(11), 0, "1, 2");
        GanttRow m = Rows.milestone("4", "done", MON.plusDays(11), "3");
        GanttRow side = Rows.task("5", "side", MON, MON.plusDays(2), 0, "");
        List<GanttRow> rows = List.of(a, slack, b, m, side);
        Set<UUID> chain = DrivingChain.of(rows, GanttRows.links(rows), china::workingDaysBetween);
        assertThat(chain).containsExactlyInAnyOrder(a.id(), b.id(), m.id());
    }

    @Test
    void aSummarysLinksDriveTheChildThatStartsWithIt() {
        GanttRow before = Rows.task("1", "before", MON, MON.plusDays(4), 0, "");
        GanttRow phase = new GanttRow(UUID.randomUUID(), null, 0, "2", "phase", 5, MON.plusDays(7), MON.plusDays(11), 0, false,
                true, "1", false, null, null, false);
        GanttRow child = new GanttRow(UUID.randomUUID(), phase.id(), 1, "2.1", "child", 5, MON.plusDays(7), MON.plusDays(11), 0,
                false, false, "", false, null, null, false);
        List<GanttRow> rows = List.of(before, phase, child);
        assertThat(DrivingChain.of(rows, GanttRows.links(rows), china::workingDaysBetween))
                .containsExactlyInAnyOrder(before.id(), child.id());
    }

    @Test
    void aLinkWithSlackDoesNotDrive() {
        GanttRow a = Rows.task("1", "a", MON, MON.plusDays(2), 0, "");
        GanttRow b = Rows.task("2", "b", MON.plusDays(7), MON.plusDays(9), 0, "1");
        List<GanttRow> rows = List.of(a, b);
        assertThat(DrivingChain.of(rows, GanttRows.links(rows), china::workingDaysBetween)).containsExactly(b.id());
    }
}
