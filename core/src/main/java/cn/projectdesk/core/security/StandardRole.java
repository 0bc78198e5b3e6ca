package cn.projectdesk.core.security;

import static cn.projectdesk.core.security.Permission.ADMINISTER;
import static cn.projectdesk.core.security.Permission.APPROVE;
import static cn.projectdesk.core.security.Permission.AUDIT_VIEW;
import static cn.projectdesk.core.security.Permission.BUDGET_EDIT;
import static cn.projectdesk.core.security.Permission.PAY;
import static cn.projectdesk.core.security.Permission.PROJECT_CREATE;
import static cn.projectdesk.core.security.Permission.PROJECT_DELETE;
import static cn.projectdesk.core.security.Permission.PROJECT_EDIT;
import static cn.projectdesk.core.security.Permission.PROJECT_VIEW;
import static cn.projectdesk.core.security.Permission.TASK_EDIT;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN §1 as created in a new data folder. The chain officer → section chief → deputy
 * director → director inherits: each adds to what the one below may do.
 */
public enum StandardRole {
    OFFICER(null, EnumSet.of(PROJECT_VIEW, PROJECT_CREATE, PROJECT_EDIT, TASK_EDIT, BUDGET_EDIT)),
    SECTION_CHIEF(OFFICER, EnumSet.of(APPROVE, PROJECT_DELETE)),
    DEPUTY_DIRECTOR(SECTION_CHIEF, EnumSet.noneOf(Permission.class)),
    DIRECTOR(DEPUTY_DIRECTOR, EnumSet.noneOf(Permission.class)),
    FINANCE(null, EnumSet.of(PROJECT_VIEW, BUDGET_EDIT, PAY)),
    AUDITOR(null, EnumSet.of(PROJECT_VIEW, AUDIT_VIEW)),
    ADMIN(null, EnumSet.of(ADMINISTER, PROJECT_VIEW, PROJECT_CREATE, PROJECT_EDIT, PROJECT_DELETE, TASK_EDIT));

    private final StandardRole parent;
    private final Set<Permission> own;

    StandardRole(StandardRole parent, Set<Permission> own) {
        this.parent = parent;
        this.own = own;
    }

    public StandardRole parent() {
        return parent;
    }

    public Set<Permission> ownPermissions() {
        return EnumSet.copyOf(own.isEmpty() ? EnumSet.noneOf(Permission.class) : own);
    }
}
