package cn.projectdesk.core.workflow;

import java.util.List;

/** A step of a request's current route: who was resolved for it, or why it is skipped (NO_APPROVER, REQUESTER_ONLY). */
public record RouteStep(int index, String name, ApprovalMode mode, List<String> approvers, String skipReason,
                        boolean current) {
    public RouteStep {
        approvers = List.copyOf(approvers);
    }
}
