package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** A link drawn from one bar to another; undo removes the link it made, redo makes a new one. */
final class LinkTasksCommand implements Command {
    private final TaskService tasks;
    private final UserSession user;
    private final UUID predecessorId;
    private final UUID successorId;
    private final DependencyType type;
    private final String description;
    private UUID linkId;

    LinkTasksCommand(TaskService tasks, UserSession user, UUID predecessorId, UUID successorId, DependencyType type,
                     String description) {
        this.tasks = tasks;
        this.user = user;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.type = type;
        this.description = description;
    }

    @Override
    public void execute() {
        linkId = tasks.link(user, predecessorId, successorId, type, 0);
    }

    @Override
    public void undo() {
        tasks.unlink(user, linkId);
    }

    @Override
    public String description() {
        return description;
    }
}
