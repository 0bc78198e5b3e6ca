package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.schedule.CpmLink;
import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmTask;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.schedule.Lag;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ScheduleFrom;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * Maps an MPXJ {@link ProjectFile} onto the engine's {@link CpmProject}. Tasks whose dates depend on
 * something the engine does not model (manual scheduling, progress, splits, own calendars...) are
 * pinned to the dates MS Project stored, so their successors still schedule right, and marked
 * unsupported so the comparison leaves them out instead of counting a false mismatch.
 */
public final class MsProjectMapping {
    private final ProjectFile file;
    private final ProjectProperties props;
    private final ProjectCalendar projectCalendar;
    private final List<Task> included = new ArrayList<>();
    private final Map<Task, Integer> indexOf = new IdentityHashMap<>();
    private WorkingTimeIndex calendar;

    private MsProjectMapping(ProjectFile file) {
        this.file = file;
        this.props = file.getProjectProperties();
        this.projectCalendar = file.getDefaultCalendar();
    }

    public static MappedProject map(ProjectFile file) {
        return new MsProjectMapping(file).map();
    }

    private MappedProject map() {
        for (Task t : file.getTasks()) {
            if (isScheduledRow(t)) {
                indexOf.put(t, included.size());
                included.add(t);
            }
        }
        LocalDateTime start = projectStart();
        calendar = CalendarMapping.toIndex(projectCalendar, boundDate(start, false).minusYears(2),
                boundDate(start, true).plusYears(5));
        List<CpmTask> tasks = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Task t : included) {
            String reason = TaskSupport.unsupportedReason(t, projectCalendar);
            boolean manual = TaskSupport.isManual(t);
            if (reason == null && !t.getSummary() && !manual && !fitsProjectCalendar(t)) {
                reason = "resource-driven dates (resource calendar or work contour)";
            }
            reasons.add(reason);
            tasks.add(reason == null && !manual ? engineTask(t) : pinnedTask(t));
        }
        List<CpmLink> links = links();
        markManualStartLinks(links, reasons);
        StoredLateDates.mark(included, links, calendar, props.getFinishDate(), reasons);
        markSummariesOverUnsupported(reasons);
        markSummariesOverManualTasks(reasons);
        String fileReason = props.getScheduleFrom() == ScheduleFrom.FINISH
                ? "project scheduled from finish (the engine can, but no sample file verifies it)" : null;
        return new MappedProject(new CpmProject(tasks, links, start), calendar, List.copyOf(included),
                reasons, fileReason);
    }

    /** A summary rolls up its children: when one of them cannot be compared, neither can the summary. */
    private void markSummariesOverUnsupported(List<String> reasons) {
        for (int i = 0; i < included.size(); i++) {
            if (reasons.get(i) == null || reasons.get(i).startsWith("summary")) {
                continue;
            }
            for (Task p = included.get(i).getParentTask(); p != null; p = p.getParentTask()) {
                Integer index = indexOf.get(p);
                if (index != null && reasons.get(index) == null) {
                    reasons.set(index, "summary over unsupported tasks");
                }
            }
        }
    }

    /**
     * MS Project leaves a manually scheduled task that leads a start-to-start or start-to-finish link
     * with late dates the link does not explain (task-links-project2019: late finish at the project
     * finish although the link would bound it); we do not reproduce that rule.
     */
    private void markManualStartLinks(List<CpmLink> links, List<String> reasons) {
        for (CpmLink l : links) {
            int p = l.predecessor();
            boolean fromStart = l.type() == DependencyType.SS || l.type() == DependencyType.SF;
            if (fromStart && TaskSupport.isManual(included.get(p)) && reasons.get(p) == null) {
                reasons.set(p, "manually scheduled task leading a start-to-start or start-to-finish link");
            }
        }
    }

    /**
     * MS Project rolls a summary's late dates over manually scheduled children its own way
     * (taskFlags-mpp14Project2013.mpp: "Mode" has late start at the project start and no slack).
     */
    private void markSummariesOverManualTasks(List<String> reasons) {
        for (int i = 0; i < included.size(); i++) {
            if (!TaskSupport.isManual(included.get(i))) {
                continue;
            }
            for (Task p = included.get(i).getParentTask(); p != null; p = p.getParentTask()) {
                Integer index = indexOf.get(p);
                if (index != null && reasons.get(index) == null) {
                    reasons.set(index, "summary over manually scheduled tasks");
                }
            }
        }
    }

    /** Blank rows, the project summary row (ID 0), inactive and external tasks take no part in scheduling. */
    private static boolean isScheduledRow(Task t) {
        if (t.getNull() || t.getUniqueID() == null || (t.getID() != null && t.getID() == 0)) {
            return false;
        }
        Integer level = t.getOutlineLevel();
        return (level == null || level > 0) && t.getActive() && !t.getExternalTask();
    }

    private LocalDateTime projectStart() {
        LocalDateTime start = props.getStartDate();
        if (start == null) {
            start = included.stream().map(Task::getStart).filter(java.util.Objects::nonNull)
                    .min(LocalDateTime::compareTo).orElse(LocalDateTime.of(2000, 1, 3, 8, 0));
        }
        return start;
    }

    /** The earliest (or latest) date any task mentions, so the calendar index covers them all. */
    private LocalDate boundDate(LocalDateTime start, boolean latest) {
        LocalDateTime bound = start;
        for (Task t : included) {
            for (LocalDateTime d : new LocalDateTime[] {t.getStart(), t.getFinish(), t.getEarlyStart(),
                t.getLateFinish(), t.getConstraintDate()}) {
                if (d != null && (latest ? d.isAfter(bound) : d.isBefore(bound))) {
                    bound = d;
                }
            }
        }
        return bound.toLocalDate();
    }

    /**
     * MS Project stored dates that the project calendar cannot explain (a start outside working
     * time, or a span of work other than the duration) come from resource calendars or contours.
     */
    private boolean fitsProjectCalendar(Task t) {
        if (t.getStart() == null || t.getFinish() == null) {
            return true;
        }
        int duration = minutes(t.getDuration());
        int span = calendar.workingMinutesBetween(t.getStart(), t.getFinish());
        boolean startIsWorkingTime = duration == 0
                || calendar.startAt(calendar.positionOf(t.getStart())).equals(t.getStart());
        return Math.abs(span - duration) <= 1 && startIsWorkingTime;
    }

    private CpmTask engineTask(Task t) {
        boolean milestone = t.getMilestone() && minutes(t.getDuration()) == 0;
        LocalDateTime constraintDate = t.getConstraintDate();
        ConstraintType constraint = TaskSupport.constraintOf(t);
        if (constraint.needsDate() && constraintDate == null) {
            constraint = ConstraintType.ASAP;
        }
        return new CpmTask(name(t), parentIndex(t), minutes(t.getDuration()), milestone, constraint,
                constraint.needsDate() ? constraintDate : null);
    }

    /**
     * Held where MS Project put it: no earlier than its stored start, lasting its stored span of
     * work. (Not must-start-on: that would pin its late dates too, and MS Project's are free.)
     */
    private CpmTask pinnedTask(Task t) {
        LocalDateTime start = t.getStart() != null ? t.getStart() : props.getStartDate();
        LocalDateTime finish = t.getFinish() != null ? t.getFinish() : start;
        int work = Math.max(0, calendar.workingMinutesBetween(start, finish));
        return new CpmTask(name(t), parentIndex(t), work, work == 0, ConstraintType.SNET, start);
    }

    private List<CpmLink> links() {
        List<CpmLink> links = new ArrayList<>();
        for (Task t : included) {
            for (Relation r : t.getPredecessors()) {
                Integer p = indexOf.get(r.getPredecessorTask());
                Integer s = indexOf.get(r.getSuccessorTask());
                if (p != null && s != null && !p.equals(s)) {
                    links.add(new CpmLink(p, s, typeOf(r), lagOf(r.getLag())));
                }
            }
        }
        return links;
    }

    private static DependencyType typeOf(Relation r) {
        return switch (r.getType()) {
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
            default -> DependencyType.FS;
        };
    }

    private Lag lagOf(Duration lag) {
        if (lag == null || lag.getDuration() == 0) {
            return Lag.NONE;
        }
        TimeUnit unit = lag.getUnits();
        if (unit == TimeUnit.PERCENT || unit == TimeUnit.ELAPSED_PERCENT) {
            return Lag.percent((int) Math.round(lag.getDuration()));
        }
        if (TaskSupport.isElapsed(unit)) {
            return Lag.elapsed((int) Math.round(TaskSupport.elapsedMinutes(lag)));
        }
        return Lag.working(minutes(lag));
    }

    int minutes(Duration d) {
        if (d == null) {
            return 0;
        }
        return (int) Math.round(d.convertUnits(TimeUnit.MINUTES, props).getDuration());
    }

    private int parentIndex(Task t) {
        Task parent = t.getParentTask();
        Integer index = parent == null ? null : indexOf.get(parent);
        return index == null ? -1 : index;
    }

    private static String name(Task t) {
        return t.getName() != null ? t.getName() : "#" + t.getUniqueID();
    }
}
