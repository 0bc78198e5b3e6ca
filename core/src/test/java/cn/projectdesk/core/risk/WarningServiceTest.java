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
    void theDemoPortfolioRaisesItsFiveWarningsOnceEvenWhenEvaluatedTwice() {
        WarningService.EvaluationResult first = warnings.evaluate(deputy);
        assertThat(first.projects()).isEqualTo(6);
        assertThat(first.opened()).isEqualTo(5);
        List<WarningRow> rows = warnings.list(deputy, false);
        assertThat(rows).extracting(w -> w.projectCode() + " " + w.rule() + " " + w.severity() + " " + w.measured() + "/" + w.limit())
                .containsExactlyInAnyOrder(
                        "LJ-2026-001 OVERSPEND MEDIUM 12.5/10",        // 设计及监理: contracts 12.5 % over the line
                        "LJ-2026-001 OVERSPEND MEDIUM 11.69/10",       // supplements 11.69 % of the original contract
                        "LJ-2026-004 APPROVAL_OVERDUE MEDIUM 6/3",     // 6 working days at one step, 3 allowed
                        "XQ-2025-001 APPROVAL_OVERDUE MEDIUM 5/3",
                        "LJ-2026-001 CONTRACT_EXPIRING LOW 8/30");     // term ends 2026-11-30, 8 days ahead
        assertThat(rows).allMatch(w -> w.status() == WarningStatus.OPEN && w.conditionActive());
        assertThat(rows).filteredOn(w -> w.projectCode().startsWith("LJ-")).extracting(WarningRow::owner).containsOnly("zhangwei");

        WarningService.EvaluationResult second = warnings.evaluate(deputy);
        assertThat(second.opened()).isZero();
        assertThat(second.refreshed()).isEqualTo(5);
        assertThat(warnings.list(deputy, true)).hasSize(5);
    }

    @Test
    @Order(2)
    void scopeLimitsWhatAnOfficerSeesAndAuditorsMayNotEvaluate() {
        assertThat(warnings.list(officer, false)).extracting(WarningRow::projectCode).containsOnly("LJ-2026-001", "LJ-2026-004");
        assertThat(warnings.mine(officer)).hasSize(4);
        assertThat(warnings.list(auditor, false)).hasSize(5);
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
}
