package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;

/**
 * A task as the critical-path solver sees it. {@code parent} is the index of the summary above it
 * (-1 at the top); a summary's own duration is ignored, it spans its children. Duration is in
 * working minutes of the calendar.
 */
public record CpmTask(String name, int parent, int durationMinutes, boolean milestone,
                      ConstraintType constraint, LocalDateTime constraintDate) {
    public CpmTask {
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("negative duration for " + name);
        }
        if (constraint == null) {
            constraint = ConstraintType.ASAP;
        }
        if (constraint.needsDate() && constraintDate == null) {
            throw new IllegalArgumentException(constraint + " without a date for " + name);
        }
    }

    public static CpmTask of(String name, int durationMinutes) {
        return new CpmTask(name, -1, durationMinutes, durationMinutes == 0, ConstraintType.ASAP, null);
    }

    public CpmTask withDuration(int minutes) {
        return new CpmTask(name, parent, minutes, milestone, constraint, constraintDate);
    }
}
