package cn.projectdesk.core.dashboard;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.budget.Money;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningService;
import cn.projectdesk.core.risk.WarningSeverity;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The portfolio dashboard (看板): figures over the projects the user may see, narrowed by the filter.
 * Each figure comes from the service that owns it (progress report, budget ledger, WBS, warnings
 * centre), so the dashboard never disagrees with the screen a tile drills down to. Cancelled projects
 * are left out; closed ones still count (they finished, on time or not).
 */
public final class DashboardService {
    public static final int TOP_OVERDUE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Database database;
    private final ProjectService projects;
    private final TaskService tasks;
    private final ProgressService progress;
    private final BudgetServices budget;
    private final WarningService warnings;
    private final Clock clock;

    public DashboardService(Database database, ProjectService projects, TaskService tasks, ProgressService progress,
                            BudgetServices budget, WarningService warnings, Clock clock) {
        this.database = database;
        this.projects = projects;
        this.tasks = tasks;
        this.progress = progress;
        this.budget = budget;
        this.warnings = warnings;
        this.clock = clock;
    }

    public Dashboard figures(UserSession user, DashboardFilter filter) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        DashboardFilter f = filter == null ? DashboardFilter.ALL : filter;
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        Set<UUID> departments = f.departmentId() == null ? null : departmentAndBelow(f.departmentId());
        List<ProjectSummary> selected = projects.list(user).stream()
                .filter(p -> p.status() != ProjectStatus.CANCELLED)
                .filter(p -> f.year() == null || p.year() == f.year())
                .filter(p -> f.type() == null || p.type() == f.type())
                .filter(p -> departments == null || departments.contains(p.departmentId()))
                .toList();
        List<DashboardProject> rows = new ArrayList<>();
        List<OverdueItem> overdue = new ArrayList<>();
        for (ProjectSummary p : selected) {
            ProgressReport report = progress.report(user, p.id(), null);
            BudgetFigures money = budget.lines().ledger(user, p.id()).total();
            rows.add(new DashboardProject(p.id(), p.code(), p.name(), p.departmentName(), p.type(), p.year(), p.stage(),
                    report.totals().plannedPercent(), report.totals().actualPercent(), report.totals().deviation(),
                    report.totals().behind(), money.adjusted(), money.paid(), money.executionRate()));
            for (TaskRow t : tasks.tasks(user, p.id())) {
                if (!t.summary() && t.percentComplete() < 100 && t.finish() != null && t.finish().isBefore(today)) {
                    overdue.add(new OverdueItem(p.id(), p.code(), t.wbsCode(), t.name(), t.finish(),
                            ChronoUnit.DAYS.between(t.finish(), today), t.percentComplete(), t.milestone()));
                }
            }
        }
        Map<LifecycleStage, List<DashboardProject>> byStage = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            byStage.put(stage, rows.stream().filter(r -> r.stage() == stage).toList());
        }
        List<DashboardProject> behind = rows.stream().filter(DashboardProject::behind).toList();
        List<DashboardProject> onTime = rows.stream().filter(r -> !r.behind()).toList();
        BigDecimal adjusted = rows.stream().map(DashboardProject::adjusted).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = rows.stream().map(DashboardProject::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal completion = rows.isEmpty() ? null : rows.stream().map(DashboardProject::actualPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        Set<UUID> ids = rows.stream().map(DashboardProject::id).collect(Collectors.toSet());
        Map<WarningSeverity, List<WarningRow>> open = new EnumMap<>(WarningSeverity.class);
        for (WarningSeverity s : WarningSeverity.values()) {
            open.put(s, new ArrayList<>());
        }
        warnings.list(user, false).stream().filter(w -> ids.contains(w.projectId())).forEach(w -> open.get(w.severity()).add(w));
        overdue.sort(Comparator.comparingLong(OverdueItem::daysOverdue).reversed()
                .thenComparing(OverdueItem::projectCode).thenComparing(OverdueItem::wbsCode));
        return new Dashboard(today, f, rows, byStage, onTime, behind, rate(onTime.size(), rows.size()), completion,
                Money.yuan(adjusted), Money.yuan(paid), Money.percent(paid, adjusted), open,
                overdue.subList(0, Math.min(TOP_OVERDUE, overdue.size())));
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The department and every unit below it, by materialised path. */
    private Set<UUID> departmentAndBelow(UUID departmentId) {
        return database.read(s -> {
            OrgUnit d = s.get(OrgUnit.class, departmentId);
            if (d == null) {
                return Set.of();
            }
            return Set.copyOf(s.createSelectionQuery("select u.id from OrgUnit u where u.path like :p", UUID.class)
                    .setParameter("p", d.getPath() + "%").getResultList());
        });
    }
}
