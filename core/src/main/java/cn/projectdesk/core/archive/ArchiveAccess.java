package cn.projectdesk.core.archive;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;
import org.hibernate.Session;

/** Loads projects and documents and applies the archive's visibility rules. */
final class ArchiveAccess {
    private ArchiveAccess() {
    }

    static Project project(Session s, UserSession user, UUID id, Permission permission) {
        Project project = s.get(Project.class, id);
        if (project == null || project.isDeleted()) {
            throw new NotFoundException("project " + id);
        }
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    static ArchiveDocument document(Session s, UserSession user, UUID id) {
        ArchiveDocument d = s.get(ArchiveDocument.class, id);
        if (d == null || d.isDeleted()) {
            throw new NotFoundException("document " + id);
        }
        project(s, user, d.getProject().getId(), Permission.PROJECT_VIEW);
        if (!maySee(user, d)) {
            throw new AccessDeniedException(user.username(), Permission.PROJECT_VIEW, d.getNumber());
        }
        return d;
    }

    /** Restricted documents: approvers, auditors, administrators and whoever filed it. */
    static boolean maySee(UserSession user, ArchiveDocument d) {
        return d.getAccess() != AccessLevel.RESTRICTED || user.has(Permission.APPROVE) || user.has(Permission.AUDIT_VIEW)
                || user.has(Permission.ADMINISTER) || user.username().equals(d.getUploadedBy());
    }
}
