package cn.projectdesk.core.resource;

import java.time.LocalDate;
import java.util.List;

/** A run of working days on which a resource is booked beyond its capacity, and the tasks booking it. */
public record Overallocation(int resource, LocalDate from, LocalDate until, int peakUnits, List<String> tasks) {
    public Overallocation {
        tasks = List.copyOf(tasks);
    }
}
