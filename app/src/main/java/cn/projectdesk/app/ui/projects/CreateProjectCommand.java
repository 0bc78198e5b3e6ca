package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;

/** Creates a project; undo tombstones it and redo brings the same record back (same id and code). */
final class CreateProjectCommand implements Command {
    private final ProjectService projects;
    private final UserSession user;
    private final ProjectDraft draft;
    private final String description;
    private ProjectSummary created;

    CreateProjectCommand(ProjectService projects, UserSession user, ProjectDraft draft, String description) {
        this.projects = projects;
        this.user = user;
        this.draft = draft;
        this.description = description;
    }

    @Override
    public void execute() {
        if (created == null) {
            created = projects.create(user, draft);
        } else {
            projects.restore(user, created.id());
        }
    }

    @Override
    public void undo() {
        projects.delete(user, created.id());
    }

    @Override
    public String description() {
        return description;
    }

    ProjectSummary created() {
        return created;
    }
}
