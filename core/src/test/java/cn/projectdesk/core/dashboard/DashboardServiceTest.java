package cn.projectdesk.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.risk.WarningService;
import cn.projectdesk.core.risk.WarningSeverity;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard against figures worked out by hand from the demo portfolio (DemoPortfolio,
 * DemoBudget; status date 2026-11-22). Adjusted budgets: DQ-2026-001 32,750,000; LJ-2026-001
 * 43,380,000; LJ-2026-002 12,800,000; XQ-2025-001 9,650,000; LJ-2026-003/004 none. Paid:
 * 18,124,000 + 4,675,000 + 7,848,000 = 30,647,000.
 */
class DashboardServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static CoreServices core;
    static DashboardService dashboard;
    static UserSession deputy;
    static UserSession officer;
    static Dashboard all;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        WarningService warnings = new WarningService(core.database(), core.progress(), core.budget(), core.tasks(), CLOCK);
        dashboard = new DashboardService(core.database(), core.projects(), core.tasks(), core.progress(), core.budget(),
                warnings, CLOCK);
        deputy = TestFolders.login(core, "wangqiang");
        officer = TestFolders.login(core, "zhangwei");
        warnings.evaluate(deputy);
        all = dashboard.figures(deputy, DashboardFilter.ALL);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void projectsByStageCountTheSixDemoProjects() {
        assertThat(all.projects()).hasSize(6);
        assertThat(all.byStage().get(LifecycleStage.PLANNING)).extracting(DashboardProject::code).containsExactly("LJ-2026-004");
        assertThat(all.byStage().get(LifecycleStage.PROPOSAL)).extracting(DashboardProject::code).containsExactly("LJ-2026-003");
        assertThat(all.byStage().get(LifecycleStage.PROCUREMENT)).extracting(DashboardProject::code).containsExactly("DQ-2026-001");
        assertThat(all.byStage().get(LifecycleStage.IMPLEMENTATION)).extracting(DashboardProject::code)
                .containsExactlyInAnyOrder("LJ-2026-001", "LJ-2026-002");
        assertThat(all.byStage().get(LifecycleStage.ACCEPTANCE)).extracting(DashboardProject::code).containsExactly("XQ-2025-001");
        assertThat(all.byStage().get(LifecycleStage.OPERATION)).isEmpty();
    }

    @Test
    void ratesMatchTheHandComputedFigures() {
        assertThat(all.adjustedTotal()).isEqualTo(d("98580000.00"));
        assertThat(all.paidTotal()).isEqualTo(d("30647000.00"));
        assertThat(all.budgetExecutionRate()).isEqualTo(d("31.09"));        // 30,647,000 / 98,580,000
        assertThat(all.completionRate()).isEqualTo(d("51.93"));            // (37.5 + 79.0 + 95.1 + 0 + 0 + 100) / 6
        assertThat(all.onTimeRate()).isEqualTo(d("100.00"));               // no demo project is 10 points behind
        // 5 MEDIUM (2 overspend, 2 approvals overdue, LJ-2026-001's P(on time) 19.3 %), 1 LOW (a contract
        // ending), 3 HIGH (P(on time) below 15 %: LJ-2026-003, LJ-2026-004, DQ-2026-001)
        assertThat(all.openWarnings().get(WarningSeverity.MEDIUM)).hasSize(5);
        assertThat(all.openWarnings().get(WarningSeverity.LOW)).hasSize(1);
        assertThat(all.openWarnings().get(WarningSeverity.HIGH)).hasSize(3);
        assertThat(all.topOverdue()).isEmpty();
    }

    @Test
    void filtersNarrowTheFigures() {
        Dashboard y2026 = dashboard.figures(deputy, new DashboardFilter(2026, null, null));
        assertThat(y2026.projects()).extracting(DashboardProject::code).containsExactlyInAnyOrder("DQ-2026-001", "LJ-2026-001", "LJ-2026-002");
        assertThat(y2026.budgetExecutionRate()).isEqualTo(d("25.64"));    // 22,799,000 / 88,930,000
        var social = core.orgUnits().find(deputy, "社会发展科").orElseThrow().id();
        Dashboard dept = dashboard.figures(deputy, new DashboardFilter(null, social, null));
        assertThat(dept.projects()).extracting(DashboardProject::code).containsExactlyInAnyOrder("LJ-2026-001", "LJ-2026-004");
        assertThat(dept.openWarnings().get(WarningSeverity.MEDIUM)).hasSize(4);
        var east = core.orgUnits().find(deputy, "东区分局").orElseThrow().id();
        assertThat(dashboard.figures(deputy, new DashboardFilter(null, east, null)).projects())
                .extracting(DashboardProject::code).containsExactly("DQ-2026-001");
        Dashboard health = dashboard.figures(deputy, new DashboardFilter(null, null, ProjectType.EDUCATION_HEALTH));
        assertThat(health.projects()).extracting(DashboardProject::code).containsExactlyInAnyOrder("LJ-2026-004", "XQ-2025-001");
        assertThat(health.budgetExecutionRate()).isEqualTo(d("81.33"));   // 7,848,000 / 9,650,000
        assertThat(dashboard.figures(deputy, new DashboardFilter(2031, null, null)).completionRate()).isNull();
    }

    @Test
    void anOfficerSeesOnlyTheirDepartment() {
        Dashboard mine = dashboard.figures(officer, DashboardFilter.ALL);
        assertThat(mine.projects()).extracting(DashboardProject::code).containsExactlyInAnyOrder("LJ-2026-001", "LJ-2026-004");
        assertThat(mine.budgetExecutionRate()).isEqualTo(d("41.78"));     // 18,124,000 / 43,380,000
        assertThatThrownBy(() -> dashboard.figures(null, DashboardFilter.ALL)).isInstanceOf(cn.projectdesk.core.security.AccessDeniedException.class);
    }

    @Test
    void overdueTasksAreListedMostOverdueFirst() {
        var dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        ProjectSummary p = core.projects().create(officer, new ProjectDraft(null, "社区养老服务站", ProjectType.LIVELIHOOD, dept,
                2030, Set.of(), LifecycleStage.IMPLEMENTATION, ProjectStatus.ACTIVE, LocalDate.of(2026, 10, 9), null, null, null));
        TaskRow a = core.tasks().addTask(officer, p.id(), null, "场地改造", 5);
        TaskRow b = core.tasks().addTask(officer, p.id(), a.id(), "设备采购", 5);
        core.tasks().link(officer, a.id(), b.id(), cn.projectdesk.core.schedule.DependencyType.FS, 0);
        core.progress().setStatusDate(officer, p.id(), LocalDate.of(2026, 11, 22));
        Dashboard d2030 = dashboard.figures(officer, new DashboardFilter(2030, null, null));
        assertThat(d2030.topOverdue()).extracting(OverdueItem::taskName).containsExactly("场地改造", "设备采购");
        assertThat(d2030.topOverdue().get(0).daysOverdue()).isGreaterThan(d2030.topOverdue().get(1).daysOverdue());
        assertThat(d2030.behind()).extracting(DashboardProject::code).containsExactly(p.code());
        assertThat(d2030.onTimeRate()).isEqualTo(d("0.00"));
    }
}
