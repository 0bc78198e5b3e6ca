package cn.projectdesk.core.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working-time arithmetic over a precomputed index of every working interval in a date range.
 *
 * <p>Time is counted in minutes since the first day's midnight ("minute"); work is counted as a
 * "position": the working minutes done since the start of the range. Converting either way is
 * O(1): a day table gives the intervals of a minute's day, and a bucket table (one entry per 512
 * working minutes) gives the interval of a position, so only the few intervals of one day or one
 * bucket are looked at; nothing ever walks day by day. The CPM works entirely in positions:
 * adding a working duration is an integer addition.
 *
 * <p>A position on an interval boundary has two readings: {@link #startMinute} gives the start of
 * the next interval (where work would begin, 08:00), {@link #finishMinute} the end of the previous
 * one (where work ended, 17:00), as MS Project shows starts and finishes.
 */
public final class WorkingTimeIndex {
    private static final LocalDate DEFAULT_FIRST = LocalDate.of(1984, 1, 1);
    private static final LocalDate DEFAULT_LAST = LocalDate.of(2099, 12, 31);

    private final LocalDate first;
    private final int days;
    private final int[] starts;
    private final int[] ends;
    /** Working minutes before interval i; cumulative[n] is the total. */
    private final int[] cumulative;
    /** Working days before day d (a day is working when it has any working interval). */
    private final int[] workingDaysBefore;
    private final int[] dayOfWorkingOrdinal;
    /** Index of the first interval starting on or after day d's midnight; entry [days] is the interval count. */
    private final int[] firstIntervalOfDay;
    /** Index of the interval holding position b * BUCKET read as a start. */
    private final int[] intervalOfBucket;
    private static final int BUCKET_SHIFT = 9;

    private WorkingTimeIndex(LocalDate first, int days, int[] starts, int[] ends, boolean[] workingDay) {
        this.first = first;
        this.days = days;
        this.starts = starts;
        this.ends = ends;
        this.cumulative = new int[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            cumulative[i + 1] = cumulative[i] + ends[i] - starts[i];
        }
        this.firstIntervalOfDay = dayTable(days, starts);
        this.intervalOfBucket = bucketTable(cumulative, starts.length);
        this.workingDaysBefore = new int[days + 1];
        int count = 0;
        for (int d = 0; d < days; d++) {
            workingDaysBefore[d] = count;
            count += workingDay[d] ? 1 : 0;
        }
        workingDaysBefore[days] = count;
        this.dayOfWorkingOrdinal = new int[count];
        for (int d = 0, n = 0; d < days; d++) {
            if (workingDay[d]) {
                dayOfWorkingOrdinal[n++] = d;
            }
        }
    }

    private static int[] dayTable(int days, int[] starts) {
        int[] table = new int[days + 1];
        int i = 0;
        for (int d = 0; d <= days; d++) {
            while (i < starts.length && starts[i] < d * 1440) {
                i++;
            }
            table[d] = i;
        }
        return table;
    }

    private static int[] bucketTable(int[] cumulative, int intervals) {
        int total = cumulative[intervals];
        int[] table = new int[(total >> BUCKET_SHIFT) + 2];
        int i = 0;
        for (int b = 0; b < table.length; b++) {
            int position = b << BUCKET_SHIFT;
            while (i < intervals - 1 && cumulative[i + 1] <= position) {
                i++;
            }
            table[b] = i;
        }
        return table;
    }

    /**
     * @param week       the normal week
     * @param exceptions dated hours that replace the week's (an empty list is a day off)
     */
    public static WorkingTimeIndex build(WorkWeek week, Map<LocalDate, List<TimeRange>> exceptions,
                                         LocalDate first, LocalDate last) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        IntervalList list = new IntervalList(days * 2);
        boolean[] workingDay = new boolean[days];
        LocalDate date = first;
        for (int d = 0; d < days; d++, date = date.plusDays(1)) {
            List<TimeRange> hours = exceptions.get(date);
            if (hours == null) {
                hours = week.on(date.getDayOfWeek());
            }
            workingDay[d] = !hours.isEmpty();
            for (TimeRange range : hours) {
                list.add(d * 1440 + range.startMinute(), d * 1440 + range.endMinute());
            }
        }
        return new WorkingTimeIndex(first, days, list.starts(), list.ends(), workingDay);
    }

    public static WorkingTimeIndex build(WorkWeek week, Map<LocalDate, List<TimeRange>> exceptions) {
        return build(week, exceptions, DEFAULT_FIRST, DEFAULT_LAST);
    }

    /** Monday to Friday 08:00-12:00, 13:00-17:00, with China's statutory holidays and make-up workdays. */
    public static WorkingTimeIndex chinaStandard() {
        return build(WorkWeek.mondayToFriday(), holidayHours(StatutoryHolidays.china()));
    }

    /** Off days become days without hours; make-up workdays (调休) get the standard hours. */
    public static Map<LocalDate, List<TimeRange>> holidayHours(Collection<HolidayDay> holidays) {
        Map<LocalDate, List<TimeRange>> map = new HashMap<>();
        holidays.forEach(day -> map.put(day.date(), day.offDay() ? List.of() : WorkWeek.STANDARD_DAY));
        return map;
    }

    // ---- minutes and dates

    public int minuteOf(LocalDateTime time) {
        // whole days plus the minute of the day: ChronoUnit.MINUTES.between is far slower, and for a
        // time at or after the range start both agree (the seconds are cut off either way)
        long fast = (time.toLocalDate().toEpochDay() - first.toEpochDay()) * 1440
                + time.getHour() * 60L + time.getMinute();
        if (fast >= 0 && fast <= (long) days * 1440) {
            return (int) fast;
        }
        long m = ChronoUnit.MINUTES.between(first.atStartOfDay(), time);
        if (m < 0 || m > (long) days * 1440) {
            throw new IllegalArgumentException(time + " is outside the calendar range " + first + " .. "
                    + first.plusDays(days - 1L));
        }
        return (int) m;
    }

    public LocalDateTime timeOf(int minute) {
        return first.atStartOfDay().plusMinutes(minute);
    }

    // ---- positions (working minutes since the start of the range)

    /** Working minutes done between the start of the range and the minute. */
    public int positionOfMinute(int minute) {
        int i = lastStartAtOrBefore(minute);
        if (i < 0) {
            return 0;
        }
        return cumulative[i] + Math.min(minute, ends[i]) - starts[i];
    }

    public int positionOf(LocalDateTime time) {
        return positionOfMinute(minuteOf(time));
    }

    /** Where work at this position begins: a boundary reads as the start of the next interval. */
    public int startMinute(int position) {
        int i = firstIntervalEndingAfter(position, false);
        return starts[i] + position - cumulative[i];
    }

    /** Where work up to this position ends: a boundary reads as the end of the previous interval. */
    public int finishMinute(int position) {
        if (position <= 0) {
            return starts[0];
        }
        int i = firstIntervalEndingAfter(position, true);
        return starts[i] + position - cumulative[i];
    }

    public LocalDateTime startAt(int position) {
        return timeOf(startMinute(position));
    }

    public LocalDateTime finishAt(int position) {
        return timeOf(finishMinute(position));
    }

    /** Adds (or, when negative, subtracts) working minutes; a result on a boundary reads as a finish when adding. */
    public LocalDateTime addWorkingMinutes(LocalDateTime from, int minutes) {
        int p = positionOf(from) + minutes;
        return minutes > 0 ? finishAt(p) : startAt(p);
    }

    public int workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return positionOf(to) - positionOf(from);
    }

    // ---- whole working days

    public boolean isWorkingDay(LocalDate date) {
        int d = dayIndex(date);
        return workingDaysBefore[d + 1] > workingDaysBefore[d];
    }

    /** The date n working days after the date (negative n: before); the date first moves to a working day. */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        int ordinal = workingDaysBefore[dayIndex(date)] + n;
        if (ordinal < 0 || ordinal >= dayOfWorkingOrdinal.length) {
            throw new IllegalArgumentException("result outside the calendar range");
        }
        return first.plusDays(dayOfWorkingOrdinal[ordinal]);
    }

    /** Working days in [from, to), negative when to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysBefore[dayIndex(to)] - workingDaysBefore[dayIndex(from)];
    }

    public int totalPositions() {
        return cumulative[starts.length];
    }

    private int dayIndex(LocalDate date) {
        long d = ChronoUnit.DAYS.between(first, date);
        if (d < 0 || d >= days) {
            throw new IllegalArgumentException(date + " is outside the calendar range");
        }
        return (int) d;
    }

    /** Last interval starting at or before the minute, -1 if none: look back from the next day's first interval. */
    private int lastStartAtOrBefore(int minute) {
        int day = Math.min(Math.max(minute, -1) / 1440 + 1, days);
        int i = firstIntervalOfDay[Math.max(day, 0)] - 1;
        while (i >= 0 && starts[i] > minute) {
            i--;
        }
        return i;
    }

    /** First interval whose cumulative end is > position (or >= when inclusive): start at the position's bucket. */
    private int firstIntervalEndingAfter(int position, boolean inclusive) {
        int bucket = position >> BUCKET_SHIFT;
        if (position < 0 || bucket >= intervalOfBucket.length) {
            throw new IllegalArgumentException("working position " + position + " is outside the calendar range");
        }
        int i = Math.max(0, intervalOfBucket[bucket] - 1);
        int last = starts.length - 1;
        while (i < last && (inclusive ? cumulative[i + 1] < position : cumulative[i + 1] <= position)) {
            i++;
        }
        boolean found = inclusive ? cumulative[i + 1] >= position : cumulative[i + 1] > position;
        if (!found) {
            throw new IllegalArgumentException("working position " + position + " is outside the calendar range");
        }
        return i;
    }

    /** Growable pair of int arrays; adjacent ranges (e.g. 00:00-24:00 days) merge into one interval. */
    private static final class IntervalList {
        private int[] s;
        private int[] e;
        private int size;

        IntervalList(int capacity) {
            s = new int[Math.max(capacity, 16)];
            e = new int[s.length];
        }

        void add(int start, int end) {
            if (size > 0 && e[size - 1] == start) {
                e[size - 1] = end;
                return;
            }
            if (size == s.length) {
                s = java.util.Arrays.copyOf(s, size * 2);
                e = java.util.Arrays.copyOf(e, size * 2);
            }
            s[size] = start;
            e[size++] = end;
        }

        int[] starts() {
            return java.util.Arrays.copyOf(s, size);
        }

        int[] ends() {
            return java.util.Arrays.copyOf(e, size);
        }
    }
}
