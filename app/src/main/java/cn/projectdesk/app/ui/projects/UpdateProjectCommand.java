package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;

/**
 * Saves the editor's changes. Undo writes the previous values back; the version seen last is carried
 * along, so if someone else changed the project in between, undo is refused instead of overwriting.
 */
final class UpdateProjectCommand implements Command {
    private final ProjectService projects;
    private final UserSession user;
    private final ProjectSummary before;
    private final ProjectDraft after;
    private final String description;
    private long version;

    UpdateProjectCommand(ProjectService projects, UserSession user, ProjectSummary before, ProjectDraft after,
                         String description) {
        this.projects = projects;
        this.user = user;
        this.before = before;
        this.after = after;
        this.description = description;
        this.version = before.version();
    }

    @Override
    public void execute() {
        version = projects.update(user, before.id(), version, after).version();
    }

    @Override
    public void undo() {
        version = projects.update(user, before.id(), version, before.toDraft()).version();
    }

    @Override
    public String description() {
        return description;
    }
}
