package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.UUID;

/** Moves the project's status date (progress is measured through it); undo puts back the date shown before. */
final class StatusDateCommand implements Command {
    private final ProgressService progress;
    private final UserSession user;
    private final UUID projectId;
    private final LocalDate before;
    private final LocalDate after;
    private final String description;

    StatusDateCommand(ProgressService progress, UserSession user, UUID projectId, LocalDate before, LocalDate after,
                      String description) {
        this.progress = progress;
        this.user = user;
        this.projectId = projectId;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute() {
        progress.setStatusDate(user, projectId, after);
    }

    @Override
    public void undo() {
        progress.setStatusDate(user, projectId, before);
    }

    @Override
    public String description() {
        return description;
    }
}
