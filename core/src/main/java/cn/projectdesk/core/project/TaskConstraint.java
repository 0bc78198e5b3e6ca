package cn.projectdesk.core.project;

import cn.projectdesk.core.schedule.ConstraintType;
import java.time.LocalDate;

/**
 * A task's date constraint as the WBS and the Gantt chart set it: a type and, for all but ASAP and
 * ALAP, the date (a whole working day; "start no earlier than 2026-03-09" means from that day on).
 */
public record TaskConstraint(ConstraintType type, LocalDate date) {
    public static final TaskConstraint NONE = new TaskConstraint(ConstraintType.ASAP, null);

    public TaskConstraint {
        if (type == null) {
            type = ConstraintType.ASAP;
        }
        if (type.needsDate() && date == null) {
            throw new IllegalArgumentException(type + " needs a date");
        }
        if (!type.needsDate()) {
            date = null;
        }
    }

    public static TaskConstraint startNoEarlierThan(LocalDate date) {
        return new TaskConstraint(ConstraintType.SNET, date);
    }
}
