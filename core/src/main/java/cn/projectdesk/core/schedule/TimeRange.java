package cn.projectdesk.core.schedule;

import java.time.LocalTime;

/** Working hours within one day, [start, end); an end of 00:00 means midnight at the end of the day. */
public record TimeRange(LocalTime start, LocalTime end) {
    public TimeRange {
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("empty working hours " + start + "-" + end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    int endMinute() {
        return end.equals(LocalTime.MIDNIGHT) ? 24 * 60 : end.getHour() * 60 + end.getMinute();
    }
}
