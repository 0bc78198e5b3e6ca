package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.core.progress.ProgressState;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.TaskConstraint;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the task dialog's constraint, estimate and progress fields hold, checked before anything is
 * saved so that the dialog names the problem instead of the service refusing half an edit.
 *
 * @param estimate null when the task has no three-point estimate
 */
record TaskEdits(int durationDays, TaskConstraint constraint, DurationEstimate estimate, ProgressState progress) {

    /** A problem as a message key and its argument, or empty when the fields can be saved. */
    record Problem(String key, String field) {
    }

    /**
     * @param constraintType the chosen type; {@code constraintDate} may be null
     * @param estimate       optimistic, most likely, pessimistic; null when no estimate is wanted
     */
    static Optional<Problem> check(cn.projectdesk.core.schedule.ConstraintType constraintType, LocalDate constraintDate,
                                   int[] estimate, int percent, LocalDate actualStart, LocalDate actualFinish) {
        if (constraintType.needsDate() && constraintDate == null) {
            return Optional.of(new Problem("task.dialog.error.constraintDate", "constraint"));
        }
        if (estimate != null && (estimate[0] > estimate[1] || estimate[1] > estimate[2])) {
            return Optional.of(new Problem("task.dialog.error.estimateOrder", "estimate"));
        }
        if (actualStart != null && actualFinish != null && actualFinish.isBefore(actualStart)) {
            return Optional.of(new Problem("task.dialog.error.finishBeforeStart", "actualFinish"));
        }
        if (actualFinish != null && percent < 100) {
            return Optional.of(new Problem("task.dialog.error.finishNotComplete", "actualFinish"));
        }
        if (actualStart == null && actualFinish != null) {
            return Optional.of(new Problem("task.dialog.error.finishWithoutStart", "actualStart"));
        }
        return Optional.empty();
    }
}
