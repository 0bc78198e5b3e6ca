package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;

/** The computed dates of one task; floats in working minutes of the calendar. */
public record TaskSchedule(LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart,
                           LocalDateTime lateFinish, int totalFloatMinutes, int freeFloatMinutes,
                           boolean critical) {
}
