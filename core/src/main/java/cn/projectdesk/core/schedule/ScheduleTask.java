package cn.projectdesk.core.schedule;

import java.time.LocalDate;

/**
 * One row of the plan as the scheduler sees it: index of its parent (-1 at the top), duration in
 * working days (ignored for summaries, which take their children's span), milestone flag, and an
 * optional date constraint (a start constraint means that day's start, a finish one that day's end).
 */
public record ScheduleTask(String name, int parent, int durationDays, boolean milestone, ConstraintType constraint,
                           LocalDate constraintDate) {
    public ScheduleTask {
        if (durationDays < 0) {
            throw new IllegalArgumentException("negative duration for " + name);
        }
        if (constraint == null) {
            constraint = ConstraintType.ASAP;
        }
        if (constraint.needsDate() && constraintDate == null) {
            throw new IllegalArgumentException(constraint + " without a date for " + name);
        }
    }

    public ScheduleTask(String name, int parent, int durationDays, boolean milestone) {
        this(name, parent, durationDays, milestone, ConstraintType.ASAP, null);
    }
}
