package cn.projectdesk.core.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the task dialog edits beyond the WBS row: the date constraint, the three-point estimate (null
 * when none) and the progress (actual dates, null until reported).
 */
public record TaskDetails(UUID id, boolean summary, int durationDays, int percentComplete, TaskConstraint constraint,
                          DurationEstimate estimate, LocalDate actualStart, LocalDate actualFinish) {
}
