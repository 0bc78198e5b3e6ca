package cn.projectdesk.core.workflow;

/** ANY: one of the step's approvers decides (或签); ALL: every approver must approve (会签). */
public enum ApprovalMode {
    ANY, ALL
}
