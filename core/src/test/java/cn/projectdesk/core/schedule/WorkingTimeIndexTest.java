package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingTimeIndexTest {
    private static final WorkingTimeIndex CHINA = WorkingTimeIndex.chinaStandard();

    @Test
    void chinaMakeUpWorkdayAndSpringFestival() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday 2026-01-04, 调休上班").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 16))).as("春节").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 11, 22))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void workingMinutesFollowTheStandardHours() {
        LocalDateTime monday8 = LocalDateTime.of(2026, 11, 23, 8, 0);
        assertThat(CHINA.addWorkingMinutes(monday8, 480)).isEqualTo(LocalDateTime.of(2026, 11, 23, 17, 0));
        assertThat(CHINA.addWorkingMinutes(monday8, 240)).as("lunch is not work").isEqualTo(LocalDateTime.of(2026, 11, 23, 12, 0));
        assertThat(CHINA.addWorkingMinutes(monday8, 241)).isEqualTo(LocalDateTime.of(2026, 11, 23, 13, 1));
        assertThat(CHINA.addWorkingMinutes(LocalDateTime.of(2026, 11, 27, 17, 0), -480))
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 0));
        assertThat(CHINA.workingMinutesBetween(LocalDateTime.of(2026, 11, 27, 12, 0), LocalDateTime.of(2026, 11, 30, 9, 0)))
                .as("Friday afternoon plus one Monday hour").isEqualTo(240 + 60);
    }

    @Test
    void aBoundaryReadsAsStartOrFinish() {
        int p = CHINA.positionOf(LocalDateTime.of(2026, 11, 27, 17, 0));
        assertThat(CHINA.finishAt(p)).isEqualTo(LocalDateTime.of(2026, 11, 27, 17, 0));
        assertThat(CHINA.startAt(p)).as("next working start after the weekend").isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 0));
        assertThat(CHINA.positionOf(LocalDateTime.of(2026, 11, 28, 10, 0))).as("Saturday adds no work").isEqualTo(p);
    }

    @Test
    void exceptionsReplaceTheWeek() {
        WorkingTimeIndex cal = WorkingTimeIndex.build(WorkWeek.mondayToFriday(),
                Map.of(LocalDate.of(2026, 11, 28), List.of(TimeRange.of("09:00", "11:00")),
                        LocalDate.of(2026, 11, 30), List.of()),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 28))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(cal.addWorkingMinutes(LocalDateTime.of(2026, 11, 27, 17, 0), 180))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThatThrownBy(() -> cal.positionOf(LocalDateTime.of(2030, 1, 1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void addThenCountIsIdentity(@ForAll @IntRange(min = 0, max = 3000) int dayOffset,
                                @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay,
                                @ForAll @IntRange(min = -100_000, max = 100_000) int work) {
        LocalDateTime from = LocalDateTime.of(2020, 1, 1, 0, 0).plusDays(dayOffset).plusMinutes(minuteOfDay);
        LocalDateTime to = CHINA.addWorkingMinutes(from, work);
        assertThat(CHINA.workingMinutesBetween(from, to)).isEqualTo(work);
    }

    @Property(tries = 300)
    void workingDaysAgreeWithADayByDayCount(@ForAll @IntRange(min = 0, max = 5000) int a,
                                            @ForAll @IntRange(min = 0, max = 60) int span) {
        LocalDate from = LocalDate.of(2012, 1, 1).plusDays(a);
        LocalDate to = from.plusDays(span);
        int slow = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            slow += CHINA.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(CHINA.workingDaysBetween(from, to)).isEqualTo(slow);
    }

    /** The day-plus-minute shortcut in minuteOf must agree with ChronoUnit, seconds and range edges included. */
    @Property(tries = 500)
    void minuteOfAgreesWithChronoUnit(@ForAll @IntRange(min = -3, max = 370) int day,
                                      @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay) {
        LocalDate first = LocalDate.of(2026, 1, 1);
        WorkingTimeIndex year = WorkingTimeIndex.build(WorkWeek.mondayToFriday(), Map.of(), first, LocalDate.of(2026, 12, 31));
        LocalDateTime time = first.atStartOfDay().plusDays(day).plusSeconds(secondOfDay);
        long expected = java.time.temporal.ChronoUnit.MINUTES.between(first.atStartOfDay(), time);
        if (expected < 0 || expected > 365L * 1440) {
            assertThatThrownBy(() -> year.minuteOf(time)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(year.minuteOf(time)).isEqualTo((int) expected);
        }
    }
}
