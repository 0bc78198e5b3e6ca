package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.acceptance.Acceptance;
import cn.projectdesk.core.acceptance.AcceptanceCheck;
import cn.projectdesk.core.acceptance.AcceptanceKind;
import cn.projectdesk.core.acceptance.AcceptancePanelist;
import cn.projectdesk.core.acceptance.Expert;
import cn.projectdesk.core.acceptance.Rectification;
import cn.projectdesk.core.change.ChangeItem;
import cn.projectdesk.core.change.ChangeItemKind;
import cn.projectdesk.core.change.ChangeKind;
import cn.projectdesk.core.change.ChangeRequest;
import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.library.CandidateDraft;
import cn.projectdesk.core.library.LibraryCandidate;
import cn.projectdesk.core.performance.IndicatorTemplates;
import cn.projectdesk.core.performance.PerformanceEvaluation;
import cn.projectdesk.core.performance.PerformanceIndicator;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of each lifecycle entity (gates, library, changes, acceptance, performance) for the change-capture test. */
public final class LifecycleEntities {
    private LifecycleEntities() {
    }

    /** {@code others} must hold an approval request (the workflow's one of each), which the change request refers to. */
    public static List<SyncableEntity> oneOfEach(Project project, AppUser user, List<SyncableEntity> others) {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        StageGateItem gate = new StageGateItem(LifecycleStage.PLANNING, 0, GateItemDefinition.manual("CHECK", "检查"));
        GateConfirmation confirmation = new GateConfirmation(project, LifecycleStage.PLANNING, "MANUAL:CHECK", "u1", at, "已核");
        StageTransition transition = new StageTransition(project, LifecycleStage.PLANNING, LifecycleStage.PROPOSAL,
                LocalDate.of(2026, 11, 20), at, "u1", null);
        LibraryCandidate candidate = new LibraryCandidate(project.getDepartment(), new CandidateDraft("候选项目",
                project.getDepartment().getId(), ProjectType.OTHER, 1, "十四五规划", new BigDecimal("1000.00"),
                FundingSource.FISCAL_APPROPRIATION, 2027, null));
        ApprovalRequest request = others.stream().filter(ApprovalRequest.class::isInstance).map(ApprovalRequest.class::cast)
                .findFirst().orElseThrow();
        ChangeRequest change = new ChangeRequest(project, request, ChangeKind.BUDGET, "理由");
        ChangeItem item = new ChangeItem(change, 1, ChangeItemKind.PROJECT_BUDGET, null, null, null, new BigDecimal("2000.00"));
        Expert expert = new Expert("专家", "给排水", "某设计院", "高级工程师");
        Acceptance acceptance = new Acceptance(project, AcceptanceKind.PRELIMINARY, LocalDate.of(2026, 12, 1), "某公司");
        AcceptanceCheck check = new AcceptanceCheck(acceptance, 1, "建设内容");
        AcceptancePanelist panelist = new AcceptancePanelist(acceptance, expert);
        Rectification rectification = new Rectification(acceptance, check, "补齐资料", user, LocalDate.of(2026, 12, 31));
        PerformanceEvaluation evaluation = new PerformanceEvaluation(project, 2026, LocalDate.of(2026, 12, 20));
        PerformanceIndicator indicator = new PerformanceIndicator(evaluation, 1, IndicatorTemplates.forType(ProjectType.OTHER).get(0));
        return List.of(gate, confirmation, transition, candidate, change, item, expert, acceptance, check, panelist,
                rectification, evaluation, indicator);
    }
}
