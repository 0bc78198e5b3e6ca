package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Deleting only tombstones the project, so undo can restore it whole, plan included. */
final class DeleteProjectCommand implements Command {
    private final ProjectService projects;
    private final UserSession user;
    private final UUID projectId;
    private final String description;

    DeleteProjectCommand(ProjectService projects, UserSession user, UUID projectId, String description) {
        this.projects = projects;
        this.user = user;
        this.projectId = projectId;
        this.description = description;
    }

    @Override
    public void execute() {
        projects.delete(user, projectId);
    }

    @Override
    public void undo() {
        projects.restore(user, projectId);
    }

    @Override
    public String description() {
        return description;
    }
}
