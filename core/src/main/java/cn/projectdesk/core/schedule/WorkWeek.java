package cn.projectdesk.core.schedule;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The working hours of each weekday of a normal week; a day without ranges is off. */
public record WorkWeek(Map<DayOfWeek, List<TimeRange>> hours) {
    /** MS Project's standard calendar hours. */
    public static final List<TimeRange> STANDARD_DAY = List.of(TimeRange.of("08:00", "12:00"), TimeRange.of("13:00", "17:00"));

    public WorkWeek {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
        hours = copy;
    }

    /** The given days with the standard 08:00-12:00 and 13:00-17:00. */
    public static WorkWeek standard(Set<DayOfWeek> days) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> map.put(day, STANDARD_DAY));
        return new WorkWeek(map);
    }

    public static WorkWeek mondayToFriday() {
        return standard(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
    }

    public List<TimeRange> on(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }
}
