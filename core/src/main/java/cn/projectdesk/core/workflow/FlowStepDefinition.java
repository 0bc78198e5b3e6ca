package cn.projectdesk.core.workflow;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step: its name (e.g. 分管领导审批), any-one or all approvers (会签), who (roles within the
 * requester's org chain, or named users), and the amount over which it applies (null: always).
 */
public record FlowStepDefinition(String name, ApprovalMode mode, List<ApproverRef> approvers, BigDecimal minAmount) {
    public FlowStepDefinition {
        approvers = List.copyOf(approvers);
    }
}
