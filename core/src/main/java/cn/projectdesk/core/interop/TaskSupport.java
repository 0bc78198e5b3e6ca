package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.LocalDateTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/** Which MS Project task features the engine reproduces, and the reason when it does not. */
final class TaskSupport {
    private TaskSupport() {
    }

    /** Null when the engine schedules this task the way MS Project does. */
    static String unsupportedReason(Task t, ProjectCalendar projectCalendar) {
        if (t.getActualStart() != null || percent(t) > 0) {
            return "task with progress (actual dates)";
        }
        if (t.getSplits() != null && workSegments(t) > 1) {
            return "split task";
        }
        if (t.getCalendar() != null && t.getCalendar() != projectCalendar) {
            return "task calendar";
        }
        if (t.getDuration() != null && isElapsed(t.getDuration().getUnits()) && !t.getSummary()) {
            return "elapsed duration";
        }
        if (t.getLevelingDelay() != null && t.getLevelingDelay().getDuration() != 0) {
            return "leveling delay (resource leveling)";
        }
        if (t.getResourceAssignments().size() > 1 && !t.getMilestone()) {
            return "resource-driven (several assignments)";
        }
        if (constraintOf(t) == null) {
            return "constraint " + t.getConstraintType();
        }
        return null;
    }

    /**
     * A manually scheduled leaf stays where the planner put it: the engine holds it at its stored
     * dates, and its late dates come from the backward pass like any other task's.
     */
    static boolean isManual(Task t) {
        return t.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && !t.getSummary();
    }

    private static double percent(Task t) {
        return t.getPercentageComplete() == null ? 0 : t.getPercentageComplete().doubleValue();
    }

    private static long workSegments(Task t) {
        int n = 0;
        for (LocalDateTimeRange r : t.getSplits()) {
            if (r != null) {
                n++;
            }
        }
        // MPXJ lists working segments and the gaps between them
        return (n + 1) / 2;
    }

    static ConstraintType constraintOf(Task t) {
        if (t.getConstraintType() == null) {
            return ConstraintType.ASAP;
        }
        return switch (t.getConstraintType()) {
            case AS_SOON_AS_POSSIBLE -> ConstraintType.ASAP;
            case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
            case MUST_START_ON -> ConstraintType.MSO;
            case MUST_FINISH_ON -> ConstraintType.MFO;
            case START_NO_EARLIER_THAN -> ConstraintType.SNET;
            case START_NO_LATER_THAN -> ConstraintType.SNLT;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
            case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
            default -> null;
        };
    }

    static boolean isElapsed(TimeUnit unit) {
        return unit == TimeUnit.ELAPSED_MINUTES || unit == TimeUnit.ELAPSED_HOURS || unit == TimeUnit.ELAPSED_DAYS
                || unit == TimeUnit.ELAPSED_WEEKS || unit == TimeUnit.ELAPSED_MONTHS || unit == TimeUnit.ELAPSED_YEARS;
    }

    static double elapsedMinutes(Duration d) {
        double v = d.getDuration();
        return switch (d.getUnits()) {
            case ELAPSED_HOURS -> v * 60;
            case ELAPSED_DAYS -> v * 1440;
            case ELAPSED_WEEKS -> v * 10080;
            case ELAPSED_MONTHS -> v * 43200;
            case ELAPSED_YEARS -> v * 525600;
            default -> v;
        };
    }
}
