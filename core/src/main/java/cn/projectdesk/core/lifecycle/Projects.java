package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Loads a project for the lifecycle services and checks the permission within the user's org-unit scope. */
public final class Projects {
    private Projects() {
    }

    public static Project get(Session s, UserSession user, UUID id, Permission permission) {
        AccessPolicy.require(user, permission);
        Project project = id == null ? null : s.get(Project.class, id);
        if (project == null || project.isDeleted()) {
            throw new NotFoundException("project " + id);
        }
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    public static Project byCode(Session s, UserSession user, String code, Permission permission) {
        AccessPolicy.require(user, permission);
        Project project = s.createSelectionQuery("from Project where code = :c and deleted = false", Project.class)
                .setParameter("c", code == null ? "" : code.strip()).uniqueResultOptional()
                .orElseThrow(() -> new NotFoundException("project " + code));
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    public static List<Project> visible(Session s, UserSession user) {
        return s.createSelectionQuery("from Project p join fetch p.department d where p.deleted = false "
                + "and d.path like :path order by p.code", Project.class).setParameter("path", user.orgPath() + "%").getResultList();
    }
}
