package cn.projectdesk.core.interop;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * A project's plan as an MPXJ {@link ProjectFile} written as MSPDI XML: WBS, durations in days,
 * links, constraints, progress, costs, and the calendar with every non-working or extra working day
 * (China's holidays included) as an exception, so MS Project computes the same dates.
 */
final class MsProjectExport {
    private MsProjectExport() {
    }

    static void write(Session s, Project project, Path target) throws IOException {
        WorkCalendar stored = project.getCalendar();
        LocalTime dayStart = stored == null ? LocalTime.of(8, 0) : stored.getDayStart();
        LocalTime dayFinish = stored == null ? LocalTime.of(17, 0) : stored.getDayFinish();
        List<cn.projectdesk.core.project.Task> tasks = wbsOrder(s.createSelectionQuery(
                "from Task where project = :p and deleted = false", cn.projectdesk.core.project.Task.class)
                .setParameter("p", project).getResultList());
        List<Dependency> links = s.createSelectionQuery("from Dependency where project = :p and deleted = false",
                Dependency.class).setParameter("p", project).getResultList();

        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setName(project.getName());
        file.getProjectProperties().setProjectTitle(project.getName());
        LocalDate start = project.getPlannedStart() != null ? project.getPlannedStart()
                : tasks.stream().map(cn.projectdesk.core.project.Task::getStart).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(LocalDate.now());
        file.getProjectProperties().setStartDate(start.atTime(dayStart));
        ProjectCalendar calendar = calendar(file, stored, ProjectScheduling.calendar(s, project), start, tasks, dayStart, dayFinish);
        file.setDefaultCalendar(calendar);

        Map<cn.projectdesk.core.project.Task, Task> written = new HashMap<>();
        int id = 1;
        for (cn.projectdesk.core.project.Task t : tasks) {
            Task parent = t.getParent() == null ? null : written.get(t.getParent());
            Task task = parent == null ? file.addTask() : parent.addTask();
            task.setID(id);
            task.setUniqueID(id++);
            task.setName(t.getName());
            task.setTaskMode(TaskMode.AUTO_SCHEDULED);
            boolean summary = tasks.stream().anyMatch(c -> t.equals(c.getParent()));
            task.setSummary(summary);
            task.setMilestone(t.isMilestone());
            task.setDuration(Duration.getInstance(t.getDurationDays(), TimeUnit.DAYS));
            if (t.getStart() != null && t.getFinish() != null) {
                boolean atStart = t.getDurationDays() == 0 && !t.getFinish().isAfter(start);
                task.setStart(t.getDurationDays() == 0 && !atStart ? t.getFinish().atTime(dayFinish) : t.getStart().atTime(dayStart));
                task.setFinish(atStart ? t.getFinish().atTime(dayStart) : t.getFinish().atTime(dayFinish));
            }
            constraint(task, t, dayStart, dayFinish);
            task.setPercentageComplete(t.getPercentComplete());
            task.setActualStart(t.getActualStart() == null ? null : t.getActualStart().atTime(dayStart));
            task.setActualFinish(t.getActualFinish() == null ? null : t.getActualFinish().atTime(dayFinish));
            if (t.getPlannedCost() != null) {
                task.setCost(t.getPlannedCost());
            }
            if (t.getActualCost() != null) {
                task.setActualCost(t.getActualCost());
            }
            task.setNotes(t.getNotes());
            written.put(t, task);
        }
        for (Dependency d : links) {
            Task successor = written.get(d.getSuccessor());
            Task predecessor = written.get(d.getPredecessor());
            if (successor != null && predecessor != null) {
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type(d))
                        .lag(Duration.getInstance(d.getLagDays(), TimeUnit.DAYS)));
            }
        }
        new MSPDIWriter().write(file, target.toFile());
    }

    /** Parents before children, siblings by their place. */
    private static List<cn.projectdesk.core.project.Task> wbsOrder(List<cn.projectdesk.core.project.Task> all) {
        Map<cn.projectdesk.core.project.Task, List<cn.projectdesk.core.project.Task>> children = new HashMap<>();
        List<cn.projectdesk.core.project.Task> roots = new ArrayList<>();
        for (cn.projectdesk.core.project.Task t : all) {
            if (t.getParent() == null) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.getParent(), k -> new ArrayList<>()).add(t);
            }
        }
        List<cn.projectdesk.core.project.Task> out = new ArrayList<>(all.size());
        addInOrder(roots, children, out);
        return out;
    }

    private static void addInOrder(List<cn.projectdesk.core.project.Task> level,
                                   Map<cn.projectdesk.core.project.Task, List<cn.projectdesk.core.project.Task>> children,
                                   List<cn.projectdesk.core.project.Task> out) {
        level.sort(Comparator.comparingInt(cn.projectdesk.core.project.Task::getSortOrder));
        for (cn.projectdesk.core.project.Task t : level) {
            out.add(t);
            addInOrder(children.getOrDefault(t, new ArrayList<>()), children, out);
        }
    }

    private static ProjectCalendar calendar(ProjectFile file, WorkCalendar stored, WorkingCalendar days, LocalDate start,
                                            List<cn.projectdesk.core.project.Task> tasks, LocalTime dayStart,
                                            LocalTime dayFinish) {
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        if (stored != null) {
            calendar.setName(stored.getName());
        }
        boolean standardHours = dayStart.equals(LocalTime.of(8, 0)) && dayFinish.equals(LocalTime.of(17, 0));
        java.util.Set<DayOfWeek> weekdays = stored == null
                ? java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : stored.getWorkingWeekdays();
        for (DayOfWeek d : DayOfWeek.values()) {
            calendar.setWorkingDay(d, weekdays.contains(d));
            calendar.removeCalendarHours(d);
            ProjectCalendarHours hours = calendar.addCalendarHours(d);
            if (weekdays.contains(d)) {
                addHours(hours, standardHours, dayStart, dayFinish);
            }
        }
        LocalDate last = tasks.stream().map(cn.projectdesk.core.project.Task::getFinish).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(start);
        for (LocalDate d = start.minusDays(7); !d.isAfter(last.plusYears(1)); d = d.plusDays(1)) {
            boolean working = days.isWorkingDay(d);
            if (working != weekdays.contains(d.getDayOfWeek())) {
                ProjectCalendarException e = calendar.addCalendarException(d);
                if (working) {
                    addHours(e, standardHours, dayStart, dayFinish);
                }
            }
        }
        return calendar;
    }

    private static void addHours(java.util.List<LocalTimeRange> hours, boolean standard, LocalTime start, LocalTime finish) {
        if (standard) {
            hours.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        } else {
            hours.add(new LocalTimeRange(start, finish));
        }
    }

    private static void constraint(Task task, cn.projectdesk.core.project.Task t, LocalTime dayStart, LocalTime dayFinish) {
        cn.projectdesk.core.project.TaskConstraint c = t.getConstraint();
        if (c.type() == cn.projectdesk.core.schedule.ConstraintType.ASAP) {
            return;
        }
        ConstraintType type = switch (c.type()) {
            case ASAP -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> ConstraintType.START_NO_LATER_THAN;
            case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> ConstraintType.MUST_START_ON;
            case MFO -> ConstraintType.MUST_FINISH_ON;
        };
        task.setConstraintType(type);
        if (c.date() != null) {
            boolean finish = type == ConstraintType.FINISH_NO_EARLIER_THAN || type == ConstraintType.FINISH_NO_LATER_THAN
                    || type == ConstraintType.MUST_FINISH_ON;
            LocalDateTime at = c.date().atTime(finish ? dayFinish : dayStart);
            task.setConstraintDate(at);
        }
    }

    private static RelationType type(Dependency d) {
        return switch (d.getType()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }
}
