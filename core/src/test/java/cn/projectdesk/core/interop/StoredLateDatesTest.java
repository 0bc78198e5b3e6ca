package cn.projectdesk.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.CpmLink;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.junit.jupiter.api.Test;

class StoredLateDatesTest {
    private final ProjectFile file = new ProjectFile();
    private final WorkingTimeIndex calendar = CalendarMapping.toIndex(file.addDefaultBaseCalendar(),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
    private static final LocalDateTime FINISH = LocalDateTime.of(2026, 3, 20, 17, 0);

    /** A one-day task on a March 2026 day with the stored late finish given (late start one day before). */
    private Task task(int earlyDay, LocalDateTime lateFinish) {
        Task t = file.addTask();
        t.setEarlyStart(LocalDateTime.of(2026, 3, earlyDay, 8, 0));
        t.setEarlyFinish(LocalDateTime.of(2026, 3, earlyDay, 17, 0));
        t.setLateFinish(lateFinish);
        t.setLateStart(lateFinish.withHour(8));
        return t;
    }

    private static List<String> reasons(int n) {
        return new ArrayList<>(Arrays.asList(new String[n]));
    }

    @Test
    void aTaskWithoutSuccessorsMustEndLateAtTheProjectFinish() {
        Task fine = task(2, FINISH);
        Task stale = task(2, LocalDateTime.of(2026, 3, 18, 17, 0));
        List<String> reasons = reasons(2);
        StoredLateDates.mark(List.of(fine, stale), List.of(), calendar, FINISH, reasons);
        assertThat(reasons).containsExactly(null, StoredLateDates.REASON);
    }

    @Test
    void theProjectFinishIsTheLatestEarlyFinishWhenTheStoredOneIsStale() {
        Task t = task(20, FINISH);
        List<String> reasons = reasons(1);
        StoredLateDates.mark(List.of(t), List.of(), calendar, LocalDateTime.of(2026, 3, 2, 8, 0), reasons);
        assertThat(reasons).containsOnlyNulls();
    }

    @Test
    void aBrokenLinkMarksThePredecessorAndWhatItBounds() {
        // c -> a (tight), d -> a (slack), a -> b broken: a ends late after b starts late
        Task a = task(3, FINISH);
        Task b = task(4, FINISH);
        Task c = task(2, LocalDateTime.of(2026, 3, 19, 17, 0));
        Task d = task(2, LocalDateTime.of(2026, 3, 10, 17, 0));
        List<String> reasons = reasons(4);
        StoredLateDates.mark(List.of(a, b, c, d),
                List.of(CpmLink.fs(0, 1), CpmLink.fs(2, 0), CpmLink.fs(3, 0)), calendar, FINISH, reasons);
        assertThat(reasons).containsExactly(StoredLateDates.REASON, null, StoredLateDates.DERIVED, null);
    }

    @Test
    void consistentLinksMarkNothingAndEarlierReasonsStay() {
        Task a = task(2, LocalDateTime.of(2026, 3, 19, 17, 0));
        Task b = task(3, FINISH);
        List<String> reasons = reasons(2);
        reasons.set(1, "split task");
        StoredLateDates.mark(List.of(a, b), List.of(CpmLink.fs(0, 1)), calendar, FINISH, reasons);
        assertThat(reasons).containsExactly(null, "split task");
    }
}
