package cn.projectdesk.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ResourceLoadTest {
    private static final WorkingCalendar CAL = WorkingCalendar.chinaStandard();
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    @Test
    void aPersonOnTwoProjectsIsOverAllocatedOnlyWhereTheyOverlap() {
        List<BookedWork> work = List.of(
                new BookedWork(0, MON, MON.plusDays(11), 60, "LJ-2026-001 3.1.4 外墙保温"),
                new BookedWork(0, MON.plusDays(7), MON.plusDays(18), 60, "DQ-2026-001 3.1.2 路基拓宽"));
        List<Overallocation> over = ResourceLoad.overallocations(new int[] {100}, List.of(CAL), work);
        assertThat(over).hasSize(1);
        Overallocation o = over.get(0);
        assertThat(o.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(o.until()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(o.peakUnits()).isEqualTo(120);
        assertThat(o.tasks()).containsExactly("LJ-2026-001 3.1.4 外墙保温", "DQ-2026-001 3.1.2 路基拓宽");
    }

    @Test
    void weekendsAndHolidaysCarryNoLoad() {
        int[] load = ResourceLoad.dailyLoad(CAL, List.of(new BookedWork(0, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 10, 9), 100, "x")), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 9));
        assertThat(load[0]).isEqualTo(100);            // Mon 9-28
        assertThat(load[3]).isZero();                   // Thu 10-01, National Day
        assertThat(load[11]).isEqualTo(100);            // Fri 10-09
    }

    /** The sweep finds exactly the working days on which a day-by-day count exceeds capacity. */
    @Property(tries = 200)
    void sweepAgreesWithCountingDayByDay(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 60) Integer> starts,
                                         @ForAll @IntRange(min = 50, max = 150) int max) {
        List<BookedWork> work = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate s = MON.plusDays(starts.get(i));
            work.add(new BookedWork(0, s, s.plusDays(3 + i % 9), 30 + 10 * (i % 5), "t" + i));
        }
        LocalDate from = MON;
        LocalDate until = MON.plusDays(80);
        int[] load = ResourceLoad.dailyLoad(CAL, work, from, until);
        List<Overallocation> over = ResourceLoad.overallocations(new int[] {max}, List.of(CAL), work);
        for (int d = 0; d < load.length; d++) {
            LocalDate day = from.plusDays(d);
            boolean inRun = over.stream().anyMatch(o -> !day.isBefore(o.from()) && !day.isAfter(o.until()) && CAL.isWorkingDay(day));
            assertThat(inRun).as("day %s load %d", day, load[d]).isEqualTo(load[d] > max);
        }
    }
}
