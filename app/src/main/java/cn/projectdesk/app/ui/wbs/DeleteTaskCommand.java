package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.DeletedTasks;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Deletes a task with its subtasks and links; undo restores exactly those rows at their places. */
final class DeleteTaskCommand implements Command {
    private final TaskService tasks;
    private final UserSession user;
    private final UUID taskId;
    private final String description;
    private DeletedTasks deleted;

    DeleteTaskCommand(TaskService tasks, UserSession user, UUID taskId, String description) {
        this.tasks = tasks;
        this.user = user;
        this.taskId = taskId;
        this.description = description;
    }

    @Override
    public void execute() {
        deleted = tasks.delete(user, taskId);
    }

    @Override
    public void undo() {
        tasks.restore(user, deleted);
    }

    @Override
    public String description() {
        return description;
    }
}
