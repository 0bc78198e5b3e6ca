package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.chinaStandard();

    @Test
    void makeUpWorkdaysAndStatutoryHolidaysOf2026() {
        assertThat(LocalDate.of(2026, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 1, 4))).as("调休上班").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 16))).as("春节").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 1))).as("国庆节").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 11, 23))).as("an ordinary Monday").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 11, 22))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void addingWorkingDaysSkipsTheSpringFestival() {
        // Friday 2026-02-13 plus one working day is the make-up Saturday 02-14; the holiday runs 02-15..23
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CHINA.workingDaysBetween(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 23))).isZero();
    }

    @Test
    void shipsEveryYearFrom2007To2027() {
        assertThat(StatutoryHolidays.china()).anySatisfy(d -> assertThat(d.date().getYear()).isEqualTo(2007));
        assertThat(StatutoryHolidays.china()).anySatisfy(d -> assertThat(d.date().getYear()).isEqualTo(2026));
    }

    @Test
    void exceptionsOverrideTheWeeklyPattern() {
        WorkingCalendar cal = WorkingCalendar.of(Set.of(DayOfWeek.MONDAY), Map.of(
                LocalDate.of(2026, 11, 23), false, LocalDate.of(2026, 11, 22), true));
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    }

    /** The index answers exactly what counting day by day answers. */
    @Property(tries = 300)
    void indexAgreesWithDayByDayCounting(@ForAll @IntRange(min = 0, max = 7000) int startOffset,
                                         @ForAll @IntRange(min = -300, max = 300) int n) {
        LocalDate from = LocalDate.of(2007, 1, 1).plusDays(startOffset);
        LocalDate expected = from;
        while (!CHINA.isWorkingDay(expected)) {
            expected = expected.plusDays(1);
        }
        int remaining = Math.abs(n);
        while (remaining > 0) {
            expected = expected.plusDays(Integer.signum(n));
            if (CHINA.isWorkingDay(expected)) {
                remaining--;
            }
        }
        assertThat(CHINA.addWorkingDays(from, n)).isEqualTo(expected);
        assertThat(CHINA.workingDaysBetween(CHINA.addWorkingDays(from, 0), expected)).isEqualTo(n);
    }
}
