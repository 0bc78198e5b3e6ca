package cn.projectdesk.core.project;

import cn.projectdesk.core.calendar.CalendarException;
import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.schedule.ForwardPassScheduler;
import cn.projectdesk.core.schedule.ScheduleLink;
import cn.projectdesk.core.schedule.ScheduleTask;
import cn.projectdesk.core.schedule.StatutoryHolidays;
import cn.projectdesk.core.schedule.TaskDates;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The live tasks and links of one project loaded in a session, edited in place and then
 * re-numbered and re-scheduled before the transaction commits. Only rows whose values change are
 * written (and change-captured).
 */
final class ProjectPlan {
    final Project project;
    final List<Task> tasks;
    final List<Dependency> links;
    WbsTree tree;

    private ProjectPlan(Project project, List<Task> tasks, List<Dependency> links) {
        this.project = project;
        this.tasks = tasks;
        this.links = links;
        this.tree = new WbsTree(tasks);
    }

    static ProjectPlan load(Session s, Project project) {
        List<Task> tasks = new ArrayList<>(s.createSelectionQuery(
                        "from Task where project = :p and deleted = false", Task.class)
                .setParameter("p", project).getResultList());
        List<Dependency> links = new ArrayList<>(s.createSelectionQuery(
                        "from Dependency where project = :p and deleted = false", Dependency.class)
                .setParameter("p", project).getResultList());
        return new ProjectPlan(project, tasks, links);
    }

    Task task(UUID id) {
        return tasks.stream().filter(t -> t.getId().equals(id)).findFirst()
                .orElseThrow(() -> new cn.projectdesk.core.domain.NotFoundException("task " + id));
    }

    Task byWbsCode(String code) {
        return tasks.stream().filter(t -> t.getWbsCode().equals(code)).findFirst().orElse(null);
    }

    /** Renumbers the WBS and recomputes every date; a dependency cycle aborts the whole edit. */
    void replan(Session s) {
        tree.renumber();
        List<Task> ordered = tree.ordered();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).getId(), i);
        }
        List<ScheduleTask> plain = new ArrayList<>(ordered.size());
        for (Task t : ordered) {
            int parent = t.getParent() == null ? -1 : index.get(t.getParent().getId());
            TaskConstraint c = tree.isSummary(t) ? TaskConstraint.NONE : t.getConstraint();
            plain.add(new ScheduleTask(t.getWbsCode() + " " + t.getName(), parent, t.getDurationDays(), t.isMilestone(),
                    c.type(), c.date()));
        }
        List<ScheduleLink> plainLinks = links.stream()
                .map(l -> new ScheduleLink(index.get(l.getPredecessor().getId()), index.get(l.getSuccessor().getId()),
                        l.getType(), l.getLagDays()))
                .toList();
        List<TaskDates> dates = ForwardPassScheduler.schedule(plain, plainLinks, projectStart(), calendar(s, project));
        for (int i = 0; i < ordered.size(); i++) {
            Task t = ordered.get(i);
            TaskDates d = dates.get(i);
            if (!d.start().equals(t.getStart())) {
                t.setStart(d.start());
            }
            if (!d.finish().equals(t.getFinish())) {
                t.setFinish(d.finish());
            }
            if (tree.isSummary(t) && t.getDurationDays() != d.durationDays()) {
                t.setDurationDays(d.durationDays());
            }
        }
    }

    /** Late dates, float and critical tasks of the plan as it stands (after {@link #replan}). */
    List<TaskFloat> analyse(Session s) {
        return PlanAnalysis.analyse(this, calendar(s, project), projectStart());
    }

    /** Whether a link leads into the task or into a summary above it (those apply to all its subtasks). */
    boolean hasPredecessors(Task task) {
        for (Dependency link : links) {
            for (Task t = task; t != null; t = t.getParent()) {
                if (link.getSuccessor().equals(t)) {
                    return true;
                }
            }
        }
        return false;
    }


    /** The plan as the engines' network (after {@link #replan}). */
    PlanNetwork network(Session s) {
        return PlanAnalysis.network(this, calendar(s, project), projectStart());
    }

    LocalDate projectStart() {
        if (project.getPlannedStart() != null) {
            return project.getPlannedStart();
        }
        return tasks.stream().map(Task::getStart).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }

    static WorkingCalendar calendar(Session s, Project project) {
        return calendar(s, project.getCalendar());
    }

    static WorkingCalendar calendar(Session s, WorkCalendar cal) {
        if (cal == null) {
            return WorkingCalendar.chinaStandard();
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        if (cal.isStatutoryHolidays()) {
            exceptions.putAll(WorkingCalendar.holidayExceptions(StatutoryHolidays.china()));
            // the administrator's days (years not shipped yet, corrections) win over the shipped ones
            exceptions.putAll(WorkingCalendar.holidayExceptions(cn.projectdesk.core.calendar.HolidayService.addedDays(s)));
        }
        s.createSelectionQuery("from CalendarException where calendar = :c and deleted = false", CalendarException.class)
                .setParameter("c", cal).getResultList()
                .forEach(e -> exceptions.put(e.getDate(), e.isWorking()));
        Set<DayOfWeek> weekdays = cal.getWorkingWeekdays();
        return WorkingCalendar.of(weekdays, exceptions);
    }
}
