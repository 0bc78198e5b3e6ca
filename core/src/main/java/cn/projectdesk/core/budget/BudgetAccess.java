package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;
import org.hibernate.Session;

/** Loads a project, line or contract and checks the permission within the user's org-unit scope. */
final class BudgetAccess {
    private BudgetAccess() {
    }

    static Project project(Session s, UserSession user, UUID id, Permission permission) {
        Project project = s.get(Project.class, id);
        if (project == null || project.isDeleted()) {
            throw new NotFoundException("project " + id);
        }
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    static Project projectByCode(Session s, UserSession user, String code, Permission permission) {
        Project project = s.createSelectionQuery("from Project where code = :c and deleted = false", Project.class)
                .setParameter("c", code == null ? "" : code.strip()).uniqueResultOptional()
                .orElseThrow(() -> new NotFoundException("project " + code));
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    static BudgetLine line(Session s, UserSession user, UUID id, Permission permission) {
        BudgetLine line = s.get(BudgetLine.class, id);
        if (line == null || line.isDeleted()) {
            throw new NotFoundException("budget line " + id);
        }
        Project p = line.getProject();
        AccessPolicy.requireInScope(user, permission, p.getDepartment().getPath(), p.getCode());
        return line;
    }

    static Contract contract(Session s, UserSession user, UUID id, Permission permission) {
        Contract contract = s.get(Contract.class, id);
        if (contract == null || contract.isDeleted()) {
            throw new NotFoundException("contract " + id);
        }
        Project p = contract.getProject();
        AccessPolicy.requireInScope(user, permission, p.getDepartment().getPath(), p.getCode());
        return contract;
    }
}
