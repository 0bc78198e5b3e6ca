package cn.projectdesk.core.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "王工 is booked 150 % from 2026-11-23 to 2026-12-04 by: ..." — resource, days and tasks named. */
public record OverallocationWarning(UUID resourceId, String resourceName, LocalDate from, LocalDate until,
                                    int peakUnits, int maxUnits, List<String> tasks) {
    public OverallocationWarning {
        tasks = List.copyOf(tasks);
    }
}
