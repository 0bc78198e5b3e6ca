package cn.projectdesk.core.workflow;

/**
 * 草稿 → 审批中 → 已批准; 驳回 sends it back to the requester (who may change and resubmit it);
 * 已撤回 is final (withdrawn before the first decision).
 */
public enum RequestStatus {
    DRAFT, PENDING, APPROVED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this == PENDING;
    }
}
