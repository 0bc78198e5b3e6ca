package cn.projectdesk.core.project;

import cn.projectdesk.core.schedule.CpmLink;
import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmSchedule;
import cn.projectdesk.core.schedule.CpmTask;
import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.schedule.CriticalPathSolver;
import cn.projectdesk.core.schedule.Lag;
import cn.projectdesk.core.schedule.TaskSchedule;
import cn.projectdesk.core.schedule.TimeRange;
import cn.projectdesk.core.schedule.WorkWeek;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Late dates, float and the critical path of a loaded plan, from the critical-path engine. Plans are
 * kept in working days, so each working day is given the standard eight hours and durations and lags
 * are whole days of them.
 */
final class PlanAnalysis {
    static final int MINUTES_PER_DAY = 480;

    private PlanAnalysis() {
    }

    static List<TaskFloat> analyse(ProjectPlan plan, WorkingCalendar days, LocalDate projectStart) {
        PlanNetwork network = network(plan, days, projectStart);
        List<Task> ordered = network.tasks();
        CpmSchedule schedule = new CriticalPathSolver(network.calendar()).solve(network.project());
        List<TaskFloat> result = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            TaskSchedule s = schedule.task(i);
            result.add(new TaskFloat(ordered.get(i).getId(), s.earlyStart().toLocalDate(), s.earlyFinish().toLocalDate(),
                    s.lateStart().toLocalDate(), s.lateFinish().toLocalDate(),
                    Math.floorDiv(s.totalFloatMinutes(), MINUTES_PER_DAY), Math.floorDiv(s.freeFloatMinutes(), MINUTES_PER_DAY),
                    s.critical()));
        }
        return result;
    }

    /** The plan as the engine's network, tasks in WBS order (engine index i is {@code tasks().get(i)}). */
    static PlanNetwork network(ProjectPlan plan, WorkingCalendar days, LocalDate projectStart) {
        List<Task> ordered = plan.tree.ordered();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).getId(), i);
        }
        List<CpmTask> tasks = new ArrayList<>(ordered.size());
        for (Task t : ordered) {
            int parent = t.getParent() == null ? -1 : index.get(t.getParent().getId());
            int minutes = t.isMilestone() ? 0 : t.getDurationDays() * MINUTES_PER_DAY;
            // The same constraint the forward pass honoured, at the start of its working day (08:00).
            TaskConstraint c = plan.tree.isSummary(t) ? TaskConstraint.NONE : t.getConstraint();
            tasks.add(new CpmTask(t.getWbsCode() + " " + t.getName(), parent, minutes, t.isMilestone(), c.type(),
                    c.date() == null ? null : constraintTime(c, days)));
        }
        List<CpmLink> links = plan.links.stream().map(l -> new CpmLink(index.get(l.getPredecessor().getId()),
                index.get(l.getSuccessor().getId()), l.getType(), Lag.working(l.getLagDays() * MINUTES_PER_DAY))).toList();
        return new PlanNetwork(new CpmProject(tasks, links, projectStart.atTime(LocalTime.of(8, 0))),
                eightHourDays(days, projectStart), ordered);
    }

    /** Start constraints at 08:00 of their (next working) day, finish constraints at 17:00 of theirs. */
    private static java.time.LocalDateTime constraintTime(TaskConstraint c, WorkingCalendar days) {
        boolean finish = c.type() == ConstraintType.FNET || c.type() == ConstraintType.FNLT || c.type() == ConstraintType.MFO;
        if (finish) {
            LocalDate last = c.date();
            while (!days.isWorkingDay(last)) {
                last = last.minusDays(1);
            }
            return last.atTime(17, 0);
        }
        return days.addWorkingDays(c.date(), 0).atTime(8, 0);
    }

    /** The day calendar as working hours: every working day 08:00-12:00 and 13:00-17:00, others off. */
    private static WorkingTimeIndex eightHourDays(WorkingCalendar days, LocalDate projectStart) {
        Map<LocalDate, List<TimeRange>> exceptions = new HashMap<>();
        LocalDate first = projectStart.minusYears(1).withDayOfYear(1);
        LocalDate last = projectStart.plusYears(15);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            exceptions.put(d, days.isWorkingDay(d) ? WorkWeek.STANDARD_DAY : List.of());
        }
        return WorkingTimeIndex.build(WorkWeek.mondayToFriday(), exceptions, first, last);
    }
}
