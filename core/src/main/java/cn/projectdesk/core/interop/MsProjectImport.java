package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.schedule.DependencyType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * Turns an MPXJ {@link ProjectFile} into an {@link ImportedPlan}: WBS, whole-day durations and lags,
 * links, date constraints, progress, costs, baselines and the project calendar with its exceptions.
 * What the day-based plan cannot hold exactly is approximated and counted in the warnings (ADR 16).
 */
public final class MsProjectImport {
    /** How far past the last date of the file calendar exceptions are copied. */
    private static final int EXCEPTION_YEARS_AFTER = 2;
    private final ProjectFile file;
    private final ProjectProperties props;
    private final double minutesPerDay;
    private final Map<String, Integer> warnings = new TreeMap<>();

    private MsProjectImport(ProjectFile file) {
        this.file = file;
        this.props = file.getProjectProperties();
        Number perDay = props.getMinutesPerDay();
        this.minutesPerDay = perDay == null || perDay.doubleValue() <= 0 ? 480 : perDay.doubleValue();
    }

    public static ImportedPlan read(ProjectFile file, String fallbackName) {
        return new MsProjectImport(file).plan(fallbackName);
    }

    private ImportedPlan plan(String fallbackName) {
        List<Task> included = new ArrayList<>();
        Map<Task, Integer> index = new IdentityHashMap<>();
        for (Task t : file.getTasks()) {
            if (t.getNull() || t.getUniqueID() == null || (t.getID() != null && t.getID() == 0)
                    || (t.getOutlineLevel() != null && t.getOutlineLevel() == 0)) {
                continue;
            }
            if (!t.getActive()) {
                warn("inactive tasks left out");
                continue;
            }
            index.put(t, included.size());
            included.add(t);
        }
        List<ImportedPlan.Task> tasks = new ArrayList<>(included.size());
        for (Task t : included) {
            tasks.add(task(t, parentOf(t, index)));
        }
        LocalDate start = date(props.getStartDate());
        if (start == null) {
            start = tasks.stream().map(ImportedPlan.Task::msStart).filter(java.util.Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(LocalDate.now());
        }
        LocalDate last = tasks.stream().map(ImportedPlan.Task::msFinish).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(start);
        return new ImportedPlan(name(fallbackName), start, calendar(start, last), tasks, links(included, index, tasks),
                baselines(included), warnings.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    }

    private String name(String fallback) {
        for (String candidate : new String[] {props.getProjectTitle(), props.getName()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return fallback;
    }

    private static int parentOf(Task t, Map<Task, Integer> index) {
        for (Task p = t.getParentTask(); p != null; p = p.getParentTask()) {
            Integer i = index.get(p);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    private ImportedPlan.Task task(Task t, int parent) {
        int days = days(t.getDuration());
        boolean milestone = t.getMilestone() && days == 0;
        ConstraintType constraint = TaskSupport.constraintOf(t);
        LocalDate constraintDate = date(t.getConstraintDate());
        if (constraint == null || (constraint.needsDate() && constraintDate == null)) {
            warn("constraints without a date or of an unknown kind dropped");
            constraint = ConstraintType.ASAP;
        }
        if (constraint == ConstraintType.ALAP) {
            warn("as-late-as-possible tasks scheduled as soon as possible");
        }
        if (t.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && !t.getSummary() && t.getStart() != null) {
            // keep the date the planner typed: a must-start-on holds it whatever the links say
            warn("manually scheduled tasks kept at their start (must start on)");
            constraint = ConstraintType.MSO;
            constraintDate = date(t.getStart());
        }
        if (t.getSplits() != null && t.getSplits().size() > 1) {
            warn("split tasks joined into one bar");
        }
        if (t.getCalendar() != null && t.getCalendar() != file.getDefaultCalendar()) {
            warn("task calendars replaced by the project calendar");
        }
        int percent = t.getPercentageComplete() == null ? 0
                : (int) Math.max(0, Math.min(100, Math.round(t.getPercentageComplete().doubleValue())));
        return new ImportedPlan.Task(t.getName() == null || t.getName().isBlank() ? "#" + t.getID() : t.getName().strip(),
                parent, days, milestone, constraint, constraint.needsDate() ? constraintDate : null, percent,
                date(t.getActualStart()), percent == 100 ? date(t.getActualFinish()) : null, money(t.getCost()),
                money(t.getActualCost()), t.getNotes() == null || t.getNotes().isBlank() ? null : cut(t.getNotes(), 4000),
                date(t.getStart()), date(t.getFinish()));
    }

    private List<ImportedPlan.Link> links(List<Task> included, Map<Task, Integer> index, List<ImportedPlan.Task> tasks) {
        List<ImportedPlan.Link> links = new ArrayList<>();
        for (Task t : included) {
            for (Relation r : t.getPredecessors()) {
                Integer p = index.get(r.getPredecessorTask());
                Integer s = index.get(r.getSuccessorTask());
                if (p == null || s == null || p.equals(s)) {
                    warn("links to left-out tasks dropped");
                    continue;
                }
                links.add(new ImportedPlan.Link(p, s, type(r), lagDays(r.getLag(), tasks.get(p).durationDays())));
            }
        }
        return links;
    }

    private static DependencyType type(Relation r) {
        return switch (r.getType()) {
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
            default -> DependencyType.FS;
        };
    }

    private int lagDays(Duration lag, int predecessorDays) {
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        TimeUnit unit = lag.getUnits();
        double days;
        if (unit == TimeUnit.PERCENT || unit == TimeUnit.ELAPSED_PERCENT) {
            days = lag.getDuration() * predecessorDays / 100;
        } else if (TaskSupport.isElapsed(unit)) {
            warn("elapsed lags counted as working days");
            days = TaskSupport.elapsedMinutes(lag) / 1440;
        } else {
            days = lag.convertUnits(TimeUnit.MINUTES, props).getDuration() / minutesPerDay;
        }
        if (days != Math.rint(days)) {
            warn("lags rounded to whole working days");
        }
        return (int) Math.round(days);
    }

    /** Working days of a duration; any work at all is at least one day, parts of days are rounded. */
    private int days(Duration d) {
        if (d == null || d.getDuration() <= 0) {
            return 0;
        }
        double days;
        if (TaskSupport.isElapsed(d.getUnits())) {
            warn("elapsed durations counted as working days");
            days = TaskSupport.elapsedMinutes(d) / 1440;
        } else {
            days = d.convertUnits(TimeUnit.MINUTES, props).getDuration() / minutesPerDay;
        }
        if (Math.abs(days - Math.rint(days)) > 1e-6) {
            warn("durations rounded to whole working days");
        }
        return (int) Math.max(1, Math.round(days));
    }

    private List<ImportedPlan.Baseline> baselines(List<Task> included) {
        List<ImportedPlan.Baseline> out = new ArrayList<>();
        for (int b = 0; b <= 10; b++) {
            Map<Integer, ImportedPlan.BaselineTask> rows = new LinkedHashMap<>();
            for (int i = 0; i < included.size(); i++) {
                Task t = included.get(i);
                LocalDateTime start = b == 0 ? t.getBaselineStart() : t.getBaselineStart(b);
                LocalDateTime finish = b == 0 ? t.getBaselineFinish() : t.getBaselineFinish(b);
                if (start == null || finish == null) {
                    continue;
                }
                Duration duration = b == 0 ? t.getBaselineDuration() : t.getBaselineDuration(b);
                Number cost = b == 0 ? t.getBaselineCost() : t.getBaselineCost(b);
                rows.put(i, new ImportedPlan.BaselineTask(start.toLocalDate(), finish.toLocalDate(),
                        duration == null ? 0 : quietDays(duration), money(cost)));
            }
            if (!rows.isEmpty()) {
                out.add(new ImportedPlan.Baseline(b == 0 ? "Baseline" : "Baseline " + b, rows));
            }
        }
        return out;
    }

    private int quietDays(Duration d) {
        if (d.getDuration() <= 0) {
            return 0;
        }
        double minutes = TaskSupport.isElapsed(d.getUnits()) ? TaskSupport.elapsedMinutes(d) / 1440 * minutesPerDay
                : d.convertUnits(TimeUnit.MINUTES, props).getDuration();
        return (int) Math.max(1, Math.round(minutes / minutesPerDay));
    }

    /**
     * The project calendar as a weekly pattern plus every date (from a week before the start to two
     * years past the last task) on which MPXJ, resolving base calendars and recurring exceptions, says
     * otherwise.
     */
    private ImportedPlan.Calendar calendar(LocalDate start, LocalDate last) {
        ProjectCalendar cal = file.getDefaultCalendar();
        if (cal == null) {
            warn("no project calendar: Monday to Friday, 08:00-17:00 assumed");
            return new ImportedPlan.Calendar("Standard", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(17, 0), Map.of(), Map.of());
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        LocalTime dayStart = null;
        LocalTime dayFinish = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (cal.isWorkingDay(d)) {
                weekdays.add(d);
                LocalTime[] span = span(cal.getHours(d));
                if (span != null && dayStart == null) {
                    dayStart = span[0];
                    dayFinish = span[1];
                }
            }
        }
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        Map<LocalDate, String> names = new TreeMap<>();
        for (LocalDate d = start.minusDays(7); !d.isAfter(last.plusYears(EXCEPTION_YEARS_AFTER)); d = d.plusDays(1)) {
            boolean working = cal.isWorkingDate(d);
            if (working != weekdays.contains(d.getDayOfWeek())) {
                exceptions.put(d, working);
                ProjectCalendarException e = cal.getException(d);
                if (e != null && e.getName() != null && !e.getName().isBlank()) {
                    names.put(d, cut(e.getName().strip(), 100));
                }
            }
        }
        return new ImportedPlan.Calendar(cal.getName() == null ? "Standard" : cut(cal.getName(), 60), weekdays,
                dayStart == null ? LocalTime.of(8, 0) : dayStart, dayFinish == null ? LocalTime.of(17, 0) : dayFinish,
                exceptions, names);
    }

    private static LocalTime[] span(ProjectCalendarHours hours) {
        LocalTime first = null;
        LocalTime last = null;
        if (hours == null) {
            return null;
        }
        for (LocalTimeRange r : hours) {
            if (r.getStart() == null || r.getEnd() == null) {
                continue;
            }
            first = first == null || r.getStart().isBefore(first) ? r.getStart() : first;
            // a range ending at midnight reads as 00:00: keep the latest end of the day
            LocalTime end = r.getEnd().equals(LocalTime.MIDNIGHT) ? LocalTime.of(23, 59) : r.getEnd();
            last = last == null || end.isAfter(last) ? end : last;
        }
        return first == null ? null : new LocalTime[] {first, last};
    }

    private void warn(String reason) {
        warnings.merge(reason, 1, Integer::sum);
    }

    private static LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    private static BigDecimal money(Number n) {
        if (n == null || n.doubleValue() <= 0) {
            return null;
        }
        return new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
