package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AppUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of each workflow entity, for the store's change-capture test (which covers every persistent type). */
public final class WorkflowEntities {
    private WorkflowEntities() {
    }

    public static List<SyncableEntity> oneOfEach(Project project, AppUser user) {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        ApprovalFlow flow = new ApprovalFlow(RequestType.PAYMENT, "付款申请审批流程", 3);
        ApprovalFlowStep step = new ApprovalFlowStep(flow, 0, "财务审核", ApprovalMode.ANY,
                List.of(ApproverRef.user(user.getUsername())), new BigDecimal("500000.00"));
        ApprovalRequest request = new ApprovalRequest("U1-SP2026-0001", RequestType.PAYMENT, project, user, at);
        request.describe("进度款", null, new BigDecimal("1000.00"), null);
        ApprovalRequestStep routed = new ApprovalRequestStep(request, 1, 0, "财务审核", ApprovalMode.ANY,
                List.of(user.getUsername()), null);
        ApprovalAction action = new ApprovalAction(request, 1, 1, null, ActionType.SUBMIT, user.getUsername(), null, null, at);
        ApprovalDelegation delegation = new ApprovalDelegation(user.getUsername(), "someone", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 27), "出差");
        return List.of(flow, step, request, routed, action, delegation);
    }
}
