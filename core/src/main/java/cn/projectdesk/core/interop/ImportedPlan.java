package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.schedule.DependencyType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An MS Project file in ProjectDesk's terms (whole working days, dates without times), read and
 * checked before anything is written. Tasks are in file order; {@code parent} is an index into it.
 * {@code warnings} names what was approximated, with counts.
 */
public record ImportedPlan(String name, LocalDate start, Calendar calendar, List<Task> tasks, List<Link> links,
                           List<Baseline> baselines, List<String> warnings) {
    public ImportedPlan {
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        baselines = List.copyOf(baselines);
        warnings = List.copyOf(warnings);
    }

    /** {@code msStart}/{@code msFinish}: the dates MS Project stored, kept to report agreement. */
    public record Task(String name, int parent, int durationDays, boolean milestone, ConstraintType constraint,
                       LocalDate constraintDate, int percentComplete, LocalDate actualStart, LocalDate actualFinish,
                       BigDecimal plannedCost, BigDecimal actualCost, String notes, LocalDate msStart,
                       LocalDate msFinish) {
    }

    public record Link(int predecessor, int successor, DependencyType type, int lagDays) {
    }

    /** The project calendar: working weekdays and hours, and the dates that differ from the week. */
    public record Calendar(String name, Set<DayOfWeek> weekdays, LocalTime dayStart, LocalTime dayFinish,
                           Map<LocalDate, Boolean> exceptions, Map<LocalDate, String> exceptionNames) {
    }

    /** One saved baseline; {@code tasks} holds an entry per task index that has baseline dates. */
    public record Baseline(String name, Map<Integer, BaselineTask> tasks) {
    }

    public record BaselineTask(LocalDate start, LocalDate finish, int durationDays, BigDecimal cost) {
    }
}
