package cn.projectdesk.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.change.ChangeDraft;
import cn.projectdesk.core.change.ChangeItemDraft;
import cn.projectdesk.core.change.ChangeItemKind;
import cn.projectdesk.core.change.ChangeKind;
import cn.projectdesk.core.change.ChangeView;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.library.CandidateDraft;
import cn.projectdesk.core.library.CandidateRow;
import cn.projectdesk.core.library.CandidateStatus;
import cn.projectdesk.core.library.Promotion;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage gates, the project library and change requests on a real demo data folder, refusals included. */
class StageGateTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static final Map<String, UserSession> SESSIONS = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    static UserSession as(String username) {
        return SESSIONS.computeIfAbsent(username, u -> TestFolders.login(core, u));
    }

    static StageService stages() {
        return core.lifecycle().stages();
    }

    private static ProjectSummary project(String code) {
        return core.projects().findByCode(as("admin"), code);
    }

    /** Approves until the request is closed, each time as the first user it waits for. */
    static ApprovalRequestView approveAll(UUID requestId) {
        ApprovalRequestView r = core.approvals().get(as("admin"), requestId);
        while (r.status() == RequestStatus.PENDING) {
            r = core.approvals().approve(as(r.waitingFor().get(0)), requestId, "同意。");
        }
        return r;
    }

    @Test
    void advancingIsRefusedWithTheMissingItemsUntilTheGateIsMet() {
        ProjectSummary p = project("LJ-2026-001");
        StageOverview before = stages().overview(as("zhangwei"), p.id());
        assertThat(before.stage()).isEqualTo(LifecycleStage.IMPLEMENTATION);
        assertThat(before.next()).isEqualTo(LifecycleStage.ACCEPTANCE);
        assertThat(before.gate()).extracting(GateItemStatus::key)
                .containsExactly("DOCUMENT:COMPLETION_REPORT", "MANUAL:WORKS_COMPLETE");

        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> stages().advance(as("zhangwei"), p.id(), null))
                .isInstanceOfSatisfying(GateNotMetException.class, e -> {
                    assertThat(e.missing()).extracting(GateItemStatus::label).containsExactly("竣工（完工）报告", "全部建设内容已完成");
                    assertThat(e.fieldErrors()).containsEntry("stage", "validation.lifecycle.gateNotMet");
                });
        assertThat(core.database().changeLog().count()).isEqualTo(changes);

        stages().confirm(as("zhangwei"), p.id(), "DOCUMENT:COMPLETION_REPORT", "竣工报告 LJ-JG-2026-01 已归档");
        assertThatThrownBy(() -> stages().advance(as("zhangwei"), p.id(), null))
                .isInstanceOfSatisfying(GateNotMetException.class,
                        e -> assertThat(e.missing()).extracting(GateItemStatus::key).containsExactly("MANUAL:WORKS_COMPLETE"));
        StageOverview ready = stages().confirm(as("lina"), p.id(), "MANUAL:WORKS_COMPLETE", "现场核查全部完工");
        assertThat(ready.gateMet()).isTrue();
        assertThat(ready.gate().get(0).evidence()).contains("zhangwei").contains("LJ-JG-2026-01");

        StageOverview after = stages().advance(as("zhangwei"), p.id(), "完工，转入验收");
        assertThat(after.stage()).isEqualTo(LifecycleStage.ACCEPTANCE);
        assertThat(core.projects().get(as("zhangwei"), p.id()).stage()).isEqualTo(LifecycleStage.ACCEPTANCE);
        StageHistoryEntry last = after.history().get(after.history().size() - 1);
        assertThat(last.from()).isEqualTo(LifecycleStage.IMPLEMENTATION);
        assertThat(last.to()).isEqualTo(LifecycleStage.ACCEPTANCE);
        assertThat(last.actor()).isEqualTo("zhangwei");
        assertThat(last.on()).isNotNull();
        // the new gate (leaving 验收) starts unmet: confirmations of the previous stage do not carry over
        assertThat(after.gate()).extracting(GateItemStatus::met).containsOnly(false);

        List<GateMilestone> milestones = stages().gateMilestones(as("zhangwei"));
        assertThat(milestones).anySatisfy(m -> {
            assertThat(m.projectCode()).isEqualTo("LJ-2026-001");
            assertThat(m.stage()).isEqualTo(LifecycleStage.ACCEPTANCE);
            assertThat(m.passed()).isTrue();
            assertThat(m.date()).isEqualTo(last.on());
        });
        assertThat(milestones).anySatisfy(m -> {
            assertThat(m.projectCode()).isEqualTo("LJ-2026-001");
            assertThat(m.stage()).isEqualTo(LifecycleStage.EVALUATION);
            assertThat(m.passed()).isFalse();
            assertThat(m.itemsTotal()).isEqualTo(2);
        });
    }

    @Test
    void onlyEditorsInScopeMoveStagesAndOnlyAdministratorsConfigureGates() {
        ProjectSummary p = project("LJ-2026-002");
        assertThatThrownBy(() -> stages().advance(as("zhaomin"), p.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stages().confirm(as("zhaomin"), p.id(), "MANUAL:WORKS_COMPLETE", "x"))
                .isInstanceOf(AccessDeniedException.class);
        // 张伟 (社会发展科) may not touch 信息中心's project; 周扬 may
        assertThatThrownBy(() -> stages().confirm(as("zhangwei"), p.id(), "MANUAL:WORKS_COMPLETE", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stages().overview(as("sunli"), p.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stages().confirm(as("zhouyang"), p.id(), "MANUAL:NOT_THERE", "x"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("validation.lifecycle.unknownItem"));
        assertThatThrownBy(() -> stages().confirm(as("zhouyang"), p.id(), "MANUAL:WORKS_COMPLETE", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));

        List<GateItemDefinition> custom = List.of(GateItemDefinition.manual("SECURITY_TEST", "安全测评通过"));
        assertThatThrownBy(() -> stages().configure(as("zhangwei"), LifecycleStage.IMPLEMENTATION, custom))
                .isInstanceOf(AccessDeniedException.class);
        stages().configure(as("admin"), LifecycleStage.IMPLEMENTATION, custom);
        try {
            assertThat(stages().overview(as("zhouyang"), p.id()).gate()).extracting(GateItemStatus::label)
                    .containsExactly("安全测评通过");
            stages().confirm(as("zhouyang"), p.id(), "MANUAL:SECURITY_TEST", "等保测评报告 2026-118");
            assertThat(stages().advance(as("zhouyang"), p.id(), null).stage()).isEqualTo(LifecycleStage.ACCEPTANCE);
            assertThatThrownBy(() -> stages().confirm(as("zhouyang"), p.id(), "APPROVAL:ACCEPTANCE", "口头同意"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsValue("validation.lifecycle.approvalNotConfirmable"));
        } finally {
            stages().configure(as("admin"), LifecycleStage.IMPLEMENTATION, List.of());
        }
        assertThat(stages().checklist(as("zhaomin"), LifecycleStage.IMPLEMENTATION)).extracting(GateItemDefinition::refCode)
                .containsExactly("COMPLETION_REPORT", "WORKS_COMPLETE");
        assertThatThrownBy(() -> GateItemDefinition.approval(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GateItemDefinition(GateItemKind.APPROVAL, "NO_SUCH_TYPE", "x"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aPromotedCandidateBecomesAProjectAtProposalWithItsRequestAndPassesTheGateWhenApproved() {
        UUID dept = core.orgUnits().find(as("zhangwei"), "LJ-SHK").orElseThrow().id();
        CandidateDraft draft = new CandidateDraft("城西社区养老服务中心", dept, ProjectType.LIVELIHOOD, 1,
                "十四五规划 第八章 养老服务体系建设", new BigDecimal("4200000.00"), FundingSource.FISCAL_APPROPRIATION, 2027,
                "新建社区养老服务中心一处。");
        assertThatThrownBy(() -> core.lifecycle().library().add(as("zhaomin"), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.lifecycle().library().add(as("zhangwei"), new CandidateDraft("x", dept,
                ProjectType.LIVELIHOOD, 0, null, new BigDecimal("-1"), FundingSource.OTHER, 2027, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("priority", "estimatedInvestment"));
        CandidateRow added = core.lifecycle().library().add(as("zhangwei"), draft);
        assertThat(core.lifecycle().library().list(as("lina"))).extracting(CandidateRow::id).contains(added.id());
        assertThat(core.lifecycle().library().list(as("sunli"))).extracting(CandidateRow::id).doesNotContain(added.id());
        assertThatThrownBy(() -> core.lifecycle().library().promote(as("sunli"), added.id()))
                .isInstanceOf(AccessDeniedException.class);

        Promotion promotion = core.lifecycle().library().promote(as("zhangwei"), added.id());
        assertThat(promotion.projectCode()).matches("LJ-2027-\\d{3}");
        ProjectSummary project = core.projects().get(as("zhangwei"), promotion.projectId());
        assertThat(project.stage()).isEqualTo(LifecycleStage.PROPOSAL);
        assertThat(project.approvedBudget()).isEqualByComparingTo("4200000");
        ApprovalRequestView request = core.approvals().get(as("zhangwei"), promotion.requestId());
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.amount()).isEqualByComparingTo("4200000");
        assertThat(request.content()).contains("十四五规划");
        CandidateRow promoted = core.lifecycle().library().list(as("zhangwei")).stream()
                .filter(c -> c.id().equals(added.id())).findFirst().orElseThrow();
        assertThat(promoted.status()).isEqualTo(CandidateStatus.PROMOTED);
        assertThat(promoted.projectCode()).isEqualTo(promotion.projectCode());
        assertThatThrownBy(() -> core.lifecycle().library().promote(as("zhangwei"), added.id()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("validation.library.notCandidate"));

        StageOverview proposal = stages().overview(as("zhangwei"), promotion.projectId());
        assertThat(proposal.history()).extracting(StageHistoryEntry::to).containsExactly(LifecycleStage.PROPOSAL);
        assertThat(proposal.missing()).extracting(GateItemStatus::key).contains("APPROVAL:PROJECT_PROPOSAL");

        assertThat(approveAll(promotion.requestId()).status()).isEqualTo(RequestStatus.APPROVED);
        StageOverview approved = stages().overview(as("zhangwei"), promotion.projectId());
        assertThat(approved.stage()).isEqualTo(LifecycleStage.PROPOSAL);
        assertThat(approved.gate().get(0).met()).isTrue();
        assertThat(approved.gate().get(0).evidence()).startsWith(promotion.requestCode());
    }

    @Test
    void anApprovedChangeIsAppliedRescheduledAndBaselinedWithBeforeAndAfter() {
        ProjectSummary p = project("LJ-2026-001");
        List<TaskRow> tasks = core.tasks().tasks(as("zhangwei"), p.id());
        TaskRow leaf = tasks.stream().filter(t -> !t.summary() && !t.milestone() && t.percentComplete() < 100)
                .reduce((a, b) -> b).orElseThrow();
        TaskRow summary = tasks.stream().filter(TaskRow::summary).findFirst().orElseThrow();
        int baselinesBefore = core.baselines().list(as("zhangwei"), p.id()).size();
        BigDecimal budgetBefore = p.approvedBudget();
        BigDecimal budgetAfter = budgetBefore.add(new BigDecimal("350000.00"));

        assertThatThrownBy(() -> core.lifecycle().changes().file(as("zhaomin"), new ChangeDraft(p.id(), ChangeKind.SCHEDULE,
                "工期变更", "理由", List.of(ChangeItemDraft.duration(leaf.id(), 5))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.lifecycle().changes().file(as("zhangwei"), new ChangeDraft(p.id(), ChangeKind.SCHEDULE,
                "工期变更", "理由", List.of(ChangeItemDraft.duration(summary.id(), 5)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("validation.change.summaryTask"));
        assertThatThrownBy(() -> core.lifecycle().changes().file(as("zhangwei"), new ChangeDraft(p.id(), ChangeKind.SCOPE,
                "无内容", "理由", List.of()))).isInstanceOf(ValidationException.class);

        ChangeView filed = core.lifecycle().changes().file(as("zhangwei"), new ChangeDraft(p.id(), ChangeKind.SCOPE,
                "增加雨水回用设施", "居民代表会议要求增加雨水回用设施，相应延长管网工期。",
                List.of(ChangeItemDraft.duration(leaf.id(), leaf.durationDays() + 10),
                        ChangeItemDraft.addTask("雨水回用设施安装", 15),
                        ChangeItemDraft.budget(budgetAfter))));
        assertThat(filed.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(filed.appliedAt()).isNull();
        assertThat(filed.items().get(0).beforeDuration()).isEqualTo(leaf.durationDays());
        assertThat(filed.items().get(0).beforeFinish()).isEqualTo(leaf.finish());
        assertThat(filed.items().get(2).beforeAmount()).isEqualByComparingTo(budgetBefore);
        assertThat(core.approvals().get(as("zhangwei"), filed.requestId()).amount()).isEqualByComparingTo("350000");
        // nothing changes before the approval
        assertThat(core.projects().get(as("zhangwei"), p.id()).approvedBudget()).isEqualByComparingTo(budgetBefore);

        approveAll(filed.requestId());
        ChangeView applied = core.lifecycle().changes().list(as("zhaomin"), p.id()).stream()
                .filter(c -> c.id().equals(filed.id())).findFirst().orElseThrow();
        assertThat(applied.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(applied.appliedAt()).isNotNull();
        assertThat(applied.baselineName()).isEqualTo("变更 " + filed.requestCode());
        assertThat(applied.items().get(0).afterFinish()).isAfter(leaf.finish());
        assertThat(applied.items().get(1).kind()).isEqualTo(ChangeItemKind.TASK_ADD);
        assertThat(applied.items().get(1).afterStart()).isNotNull();
        assertThat(applied.items().get(2).afterAmount()).isEqualByComparingTo(budgetAfter);

        assertThat(core.projects().get(as("zhangwei"), p.id()).approvedBudget()).isEqualByComparingTo(budgetAfter);
        List<TaskRow> now = core.tasks().tasks(as("zhangwei"), p.id());
        assertThat(now).filteredOn(t -> t.id().equals(leaf.id())).extracting(TaskRow::durationDays)
                .containsExactly(leaf.durationDays() + 10);
        assertThat(now).extracting(TaskRow::name).contains("雨水回用设施安装");
        List<BaselineSummary> baselines = core.baselines().list(as("zhangwei"), p.id());
        assertThat(baselines).hasSize(baselinesBefore + 1);
        assertThat(baselines).extracting(BaselineSummary::name).contains(applied.baselineName());
    }
}
