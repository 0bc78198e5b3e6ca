package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.TimeRange;
import cn.projectdesk.core.schedule.WorkWeek;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;

/**
 * An MPXJ calendar as a {@link WorkingTimeIndex}: MPXJ resolves base calendars, work weeks and
 * (recurring) exceptions per date; we ask it once per day of the range while building the index,
 * so later arithmetic never goes back to MPXJ.
 */
final class CalendarMapping {
    private CalendarMapping() {
    }

    static WorkingTimeIndex toIndex(ProjectCalendar calendar, LocalDate first, LocalDate last) {
        Map<LocalDate, List<TimeRange>> days = new HashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, hoursOf(calendar.getHours(d)));
        }
        return WorkingTimeIndex.build(new WorkWeek(Map.of()), days, first, last);
    }

    private static List<TimeRange> hoursOf(ProjectCalendarHours hours) {
        List<TimeRange> out = new ArrayList<>();
        if (hours == null) {
            return out;
        }
        for (LocalTimeRange range : hours) {
            LocalTime start = range.getStart();
            LocalTime end = range.getEnd();
            if (start != null && end != null && (!start.equals(end) || end.equals(LocalTime.MIDNIGHT))) {
                out.add(new TimeRange(start, end));
            }
        }
        return out;
    }
}
