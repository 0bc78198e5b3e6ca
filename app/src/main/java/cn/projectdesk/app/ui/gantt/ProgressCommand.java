package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.progress.ProgressState;
import cn.projectdesk.core.progress.ProgressUpdate;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/**
 * Progress reported in the task dialog. Execute records it the way an officer reports (an actual
 * start is taken from the plan when missing); undo restores the stored state exactly, so a task that
 * had no actual start has none again.
 */
final class ProgressCommand implements Command {
    private final ProgressService progress;
    private final UserSession user;
    private final UUID taskId;
    private final ProgressState before;
    private final ProgressState after;
    private final String description;

    ProgressCommand(ProgressService progress, UserSession user, UUID taskId, ProgressState before, ProgressState after,
                    String description) {
        this.progress = progress;
        this.user = user;
        this.taskId = taskId;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute() {
        progress.recordProgress(user, taskId, new ProgressUpdate(after.percentComplete(), after.actualStart(),
                after.actualFinish(), null));
    }

    @Override
    public void undo() {
        progress.restore(user, taskId, before);
    }

    @Override
    public String description() {
        return description;
    }
}
