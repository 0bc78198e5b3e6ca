package cn.projectdesk.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.progress.ProgressUpdate;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The rules against the demo portfolio (dates relative to 2026-11-22) and a project made to slip. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarningServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static CoreServices core;
    static WarningService warnings;
    static UserSession deputy;
    static UserSession officer;
    static UserSession chief;
    static UserSession auditor;
    static UserSession otherOfficer;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        warnings = new WarningService(core.database(), core.progress(), core.budget(), core.tasks(), CLOCK);
        deputy = TestFolders.login(core, "wangqiang");
        officer = TestFolders.login(core, "zhangwei");
        chief = TestFolders.login(core, "lina");
        auditor = TestFolders.login(core, "zhaomin");
        otherOfficer = TestFolders.login(core, "zhouyang");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    @Order(1)
    void theDemoPortfolioRaisesItsNineWarningsOnceEvenWhenEvaluatedTwice() {
        WarningService.EvaluationResult first = warnings.evaluate(deputy);
        assertThat(first.projects()).isEqualTo(6);
        assertThat(first.opened()).isEqualTo(9);
        List<WarningRow> rows = warnings.list(deputy, false);
        assertThat(rows).extracting(w -> w.projectCode() + " " + w.rule() + " " + w.severity() + " " + w.measured() + "/" + w.limit())
                .containsExactlyInAnyOrder(
                        "LJ-2026-001 OVERSPEND MEDIUM 12.5/10",        // 设计及监理: contracts 12.5 % over the line
                        "LJ-2026-001 OVERSPEND MEDIUM 11.69/10",       // supplements 11.69 % of the original contract
                        "LJ-2026-004 APPROVAL_OVERDUE MEDIUM 6/3",     // 6 working days at one step, 3 allowed
                        "XQ-2025-001 APPROVAL_OVERDUE MEDIUM 5/3",
                        "LJ-2026-001 CONTRACT_EXPIRING LOW 8/30",      // term ends 2026-11-30, 8 days ahead
                        // Monte Carlo, seeded by the project code: P(finishing by the planned finish) in %
                        "LJ-2026-001 SCHEDULE_RISK MEDIUM 19.3/30",
                        "LJ-2026-003 SCHEDULE_RISK HIGH 0.3/30",
                        "LJ-2026-004 SCHEDULE_RISK HIGH 2.4/30",
                        "DQ-2026-001 SCHEDULE_RISK HIGH 7/30");
        assertThat(rows).allMatch(w -> w.status() == WarningStatus.OPEN && w.conditionActive());
        assertThat(rows).filteredOn(w -> w.projectCode().matches("LJ-2026-00[14]")).extracting(WarningRow::owner)
                .containsOnly("zhangwei");

        WarningService.EvaluationResult second = warnings.evaluate(deputy);
        assertThat(second.opened()).isZero();
        assertThat(second.refreshed()).isEqualTo(9);
        assertThat(warnings.list(deputy, true)).hasSize(9);
    }

    @Test
    @Order(2)
    void scopeLimitsWhatAnOfficerSeesAndAuditorsMayNotEvaluate() {
        assertThat(warnings.list(officer, false)).extracting(WarningRow::projectCode).containsOnly("LJ-2026-001", "LJ-2026-004");
        assertThat(warnings.mine(officer)).hasSize(6);
        assertThat(warnings.list(auditor, false)).hasSize(9);
        assertThatThrownBy(() -> warnings.evaluate(auditor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warnings.setWindows(officer, 3, 10)).isInstanceOf(AccessDeniedException.class);
        UUID lj1 = warnings.list(officer, false).get(0).id();
        assertThatThrownBy(() -> warnings.acknowledge(otherOfficer, lj1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(3)
    void aWarningGoesFromOpenToClosedWithTheRightPeopleAtEachStep() {
        WarningRow w = warnings.list(officer, false).stream().filter(r -> r.rule() == WarningRule.CONTRACT_EXPIRING)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> warnings.rectify(officer, w.id(), "已续签")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("status", "validation.warning.wrongStatus"));
        assertThat(warnings.acknowledge(officer, w.id()).status()).isEqualTo(WarningStatus.ACKNOWLEDGED);
        assertThatThrownBy(() -> warnings.rectify(officer, w.id(), " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("note", "validation.warning.noteRequired"));
        WarningRow rectified = warnings.rectify(officer, w.id(), "已与施工单位签订延期补充协议");
        assertThat(rectified.status()).isEqualTo(WarningStatus.RECTIFIED);
        assertThat(rectified.rectification()).isEqualTo("已与施工单位签订延期补充协议");
        assertThatThrownBy(() -> warnings.close(officer, w.id())).isInstanceOf(AccessDeniedException.class);
        WarningRow closed = warnings.close(chief, w.id());
        assertThat(closed.status()).isEqualTo(WarningStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("lina");
        assertThat(warnings.list(officer, false)).extracting(WarningRow::id).doesNotContain(w.id());
        assertThat(core.database().changeLog().forEntity(w.id())).hasSize(4);
        // the contract still ends in 8 days: the next evaluation reports it again, as a new warning
        assertThat(warnings.evaluate(deputy).opened()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aSlippingProjectRaisesDeviationAndOverdueMilestoneWhichClearWhenItCatchesUp() {
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        ProjectSummary p = core.projects().create(officer, new ProjectDraft(null, "社区食堂建设", ProjectType.LIVELIHOOD, dept,
                2026, Set.of(), LifecycleStage.IMPLEMENTATION, ProjectStatus.ACTIVE, LocalDate.of(2026, 10, 9), null, null, null));
        TaskRow build = core.tasks().addTask(officer, p.id(), null, "装修施工", 10);
        TaskRow done = core.tasks().addTask(officer, p.id(), build.id(), "完工", 1);
        core.tasks().setMilestone(officer, done.id(), true);
        core.progress().setStatusDate(officer, p.id(), LocalDate.of(2026, 11, 22));

        warnings.evaluate(officer);
        List<WarningRow> mine = warnings.list(officer, false).stream().filter(w -> w.projectId().equals(p.id())).toList();
        assertThat(mine).extracting(w -> w.rule() + " " + w.severity() + " " + w.measured())
                .containsExactlyInAnyOrder("SCHEDULE_DEVIATION HIGH 100", "MILESTONE_OVERDUE HIGH " + overdueDays(done.id(), p.id()));

        core.progress().recordProgress(officer, build.id(), new ProgressUpdate(100, null, null, null));
        core.progress().recordProgress(officer, done.id(), new ProgressUpdate(100, null, null, null));
        WarningService.EvaluationResult after = warnings.evaluate(officer);
        assertThat(after.cleared()).isEqualTo(2);
        assertThat(warnings.list(officer, false).stream().filter(w -> w.projectId().equals(p.id())))
                .hasSize(2).noneMatch(WarningRow::conditionActive);
    }

    private static long overdueDays(UUID taskId, UUID projectId) {
        LocalDate finish = core.tasks().tasks(officer, projectId).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow().finish();
        return java.time.temporal.ChronoUnit.DAYS.between(finish, LocalDate.of(2026, 11, 22));
    }

    @Test
    @Order(5)
    void theDailyRunEvaluatesOncePerDayAndSkipsReadOnlyRoles() {
        assertThat(warnings.evaluateDaily(auditor)).isEmpty();
        assertThat(warnings.evaluateDaily(deputy)).isPresent();
        assertThat(warnings.evaluateDaily(deputy)).isEmpty();
        WarningService tomorrow = new WarningService(core.database(), core.progress(), core.budget(), core.tasks(),
                Clock.offset(CLOCK, java.time.Duration.ofDays(1)));
        assertThat(tomorrow.evaluateDaily(deputy)).isPresent();
    }

    @Test
    @Order(6)
    void thresholdsAreSetTogetherByAnAdministratorAndABadOneChangesNothing() {
        UserSession admin = TestFolders.login(core, "admin");
        RiskSettings before = warnings.settings();
        assertThat(before.onTimePercent()).isEqualTo(RiskSettings.DEFAULT_ON_TIME_PERCENT);
        RiskSettings wanted = new RiskSettings(new java.math.BigDecimal("12.5"), new java.math.BigDecimal("8"), 10, 45, 40);
        assertThatThrownBy(() -> warnings.setThresholds(officer, wanted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warnings.setThresholds(admin, new RiskSettings(new java.math.BigDecimal("12.5"),
                new java.math.BigDecimal("8"), 10, 400, 101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("expiryDays", "validation.warning.days")
                        .containsEntry("onTimePercent", "validation.percent.range"));
        assertThat(warnings.settings()).isEqualTo(before);
        warnings.setThresholds(admin, wanted);
        assertThat(warnings.settings()).isEqualTo(wanted);
        // the ledger and the progress report read the same thresholds
        assertThat(core.progress().report(officer, core.projects().findByCode(officer, "LJ-2026-001").id(), null)
                .totals()).isNotNull();
        warnings.setThresholds(admin, before);
    }

    @Test
    @Order(7)
    void aPlanUnlikelyToFinishByItsPlannedFinishRaisesAScheduleRiskSeededSoItRepeats() {
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        ProjectSummary p = core.projects().create(officer, new ProjectDraft(null, "养老服务中心改造", ProjectType.LIVELIHOOD, dept,
                2026, Set.of(), LifecycleStage.IMPLEMENTATION, ProjectStatus.ACTIVE, LocalDate.of(2026, 11, 23), null, null, null));
        TaskRow work = core.tasks().addTask(officer, p.id(), null, "改造施工", 10);
        core.tasks().setEstimate(officer, work.id(), new cn.projectdesk.core.project.DurationEstimate(8, 10, 30));
        LocalDate planned = core.tasks().tasks(officer, p.id()).get(0).finish();
        setPlannedFinish(p.id(), planned);

        warnings.evaluate(officer);
        WarningRow risk = warnings.list(officer, false).stream()
                .filter(w -> w.projectId().equals(p.id()) && w.rule() == WarningRule.SCHEDULE_RISK).findFirst().orElseThrow();
        assertThat(new java.math.BigDecimal(risk.measured())).isLessThan(java.math.BigDecimal.valueOf(30));
        assertThat(risk.limit()).isEqualTo("30");
        assertThat(risk.dueDate()).isEqualTo(planned);
        warnings.evaluate(officer);
        assertThat(warnings.list(officer, false).stream().filter(w -> w.projectId().equals(p.id())
                && w.rule() == WarningRule.SCHEDULE_RISK)).singleElement()
                .satisfies(w -> assertThat(w.measured()).isEqualTo(risk.measured()));

        // with a month of slack the same plan is safe: the warning's condition clears
        setPlannedFinish(p.id(), planned.plusDays(40));
        warnings.evaluate(officer);
        assertThat(warnings.list(officer, false).stream().filter(w -> w.projectId().equals(p.id())
                && w.rule() == WarningRule.SCHEDULE_RISK)).singleElement()
                .satisfies(w -> assertThat(w.conditionActive()).isFalse());
    }

    @Test
    @Order(8)
    void aProjectInOperationWarnsBeforeItsLastContractEnds() {
        UUID id = core.projects().findByCode(officer, "LJ-2026-001").id();
        LocalDate lastEnd = core.budget().contracts().contracts(officer, id).stream().map(c -> c.termEnd())
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 22), lastEnd);
        warnings.evaluate(officer);
        assertThat(warnings.list(officer, false)).noneMatch(w -> w.rule() == WarningRule.OM_EXPIRING);

        core.database().runInTransaction("admin", s -> s.get(cn.projectdesk.core.project.Project.class, id)
                .setStage(LifecycleStage.OPERATION));
        UserSession admin = TestFolders.login(core, "admin");
        RiskSettings before = warnings.settings();
        warnings.setThresholds(admin, new RiskSettings(before.deviationPoints(), before.overspendPercent(),
                before.milestoneDueDays(), (int) Math.max(days, 0) + 1, before.onTimePercent()));
        try {
            warnings.evaluate(officer);
            assertThat(warnings.list(officer, false)).filteredOn(w -> w.rule() == WarningRule.OM_EXPIRING)
                    .singleElement().satisfies(w -> {
                        assertThat(w.projectId()).isEqualTo(id);
                        assertThat(w.measured()).isEqualTo(Long.toString(days));
                        assertThat(w.dueDate()).isEqualTo(lastEnd);
                    });
        } finally {
            warnings.setThresholds(admin, before);
        }
    }

    private static void setPlannedFinish(UUID projectId, LocalDate finish) {
        core.database().runInTransaction("zhangwei", s -> s.get(cn.projectdesk.core.project.Project.class, projectId)
                .setPlannedFinish(finish));
    }
}
