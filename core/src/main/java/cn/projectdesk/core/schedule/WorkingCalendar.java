package cn.projectdesk.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic over a weekly pattern plus dated exceptions, in O(1) per call: a precomputed
 * index maps every day of the covered range to the number of working days before it, and every
 * working-day ordinal back to its date.
 */
public final class WorkingCalendar {
    private static final LocalDate DEFAULT_FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate DEFAULT_LAST = LocalDate.of(2099, 12, 31);

    private final LocalDate first;
    private final int[] workingBefore;
    private final int[] dateOfOrdinal;
    private final boolean[] working;

    private WorkingCalendar(LocalDate first, boolean[] working) {
        this.first = first;
        this.working = working;
        this.workingBefore = new int[working.length + 1];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            workingBefore[i] = count;
            if (working[i]) {
                count++;
            }
        }
        workingBefore[working.length] = count;
        this.dateOfOrdinal = new int[count];
        for (int i = 0, n = 0; i < working.length; i++) {
            if (working[i]) {
                dateOfOrdinal[n++] = i;
            }
        }
    }

    /**
     * @param weekdays   the working days of a normal week
     * @param exceptions date → working (true) or off (false); later entries win
     */
    public static WorkingCalendar of(Set<DayOfWeek> weekdays, Map<LocalDate, Boolean> exceptions) {
        int days = (int) ChronoUnit.DAYS.between(DEFAULT_FIRST, DEFAULT_LAST) + 1;
        boolean[] working = new boolean[days];
        LocalDate d = DEFAULT_FIRST;
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            working[i] = weekdays.contains(d.getDayOfWeek());
        }
        exceptions.forEach((date, isWorking) -> {
            long i = ChronoUnit.DAYS.between(DEFAULT_FIRST, date);
            if (i >= 0 && i < days) {
                working[(int) i] = isWorking;
            }
        });
        return new WorkingCalendar(DEFAULT_FIRST, working);
    }

    /** Monday to Friday with China's statutory holidays and make-up workdays. */
    public static WorkingCalendar chinaStandard() {
        return of(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), holidayExceptions(StatutoryHolidays.china()));
    }

    public static Map<LocalDate, Boolean> holidayExceptions(Collection<HolidayDay> days) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        days.forEach(day -> map.put(day.date(), !day.offDay()));
        return map;
    }

    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    /**
     * Ordinal of the first working day on or after the date: ordinals count working days, so
     * adding n to an ordinal moves n working days.
     */
    public int ordinalOnOrAfter(LocalDate date) {
        return workingBefore[index(date)];
    }

    /** The date of a working-day ordinal. */
    public LocalDate dateOf(int ordinal) {
        if (ordinal < 0 || ordinal >= dateOfOrdinal.length) {
            throw new IllegalArgumentException("date outside the calendar range " + first + " .. " + DEFAULT_LAST);
        }
        return first.plusDays(dateOfOrdinal[ordinal]);
    }

    /** The date n working days after the date (n may be negative); the date itself moves to a working day first. */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return dateOf(ordinalOnOrAfter(date) + n);
    }

    /** Working days in [from, to), negative when to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingBefore[index(to)] - workingBefore[index(from)];
    }

    private int index(LocalDate date) {
        long i = ChronoUnit.DAYS.between(first, date);
        if (i < 0 || i >= working.length) {
            throw new IllegalArgumentException(date + " is outside the calendar range " + first + " .. " + DEFAULT_LAST);
        }
        return (int) i;
    }
}
