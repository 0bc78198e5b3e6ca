package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A bar dragged to a new start. Core decides what that means (a start-no-earlier-than constraint for a
 * linked task, the start of an unlinked one); undo puts back the constraint the task had before.
 */
final class MoveStartCommand implements Command {
    private final TaskService tasks;
    private final UserSession user;
    private final UUID taskId;
    private final LocalDate start;
    private final String description;
    private TaskConstraint before;

    MoveStartCommand(TaskService tasks, UserSession user, UUID taskId, LocalDate start, String description) {
        this.tasks = tasks;
        this.user = user;
        this.taskId = taskId;
        this.start = start;
        this.description = description;
    }

    @Override
    public void execute() {
        before = tasks.moveStart(user, taskId, start);
    }

    @Override
    public void undo() {
        tasks.setConstraint(user, taskId, before);
    }

    @Override
    public String description() {
        return description;
    }
}
