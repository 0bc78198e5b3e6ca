package cn.projectdesk.core.security;

/** Actions a role may be granted; every service method asks for one of these. */
public enum Permission {
    PROJECT_VIEW,
    PROJECT_CREATE,
    PROJECT_EDIT,
    PROJECT_DELETE,
    TASK_EDIT,
    BUDGET_EDIT,
    APPROVE,
    PAY,
    AUDIT_VIEW,
    ADMINISTER
}
