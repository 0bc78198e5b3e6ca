package cn.projectdesk.core.budget;

/** 待审批, 已批准, 已驳回. */
public enum AdjustmentStatus {
    REQUESTED, APPROVED, REJECTED
}
