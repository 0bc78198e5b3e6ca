package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.DeletedTasks;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/**
 * Adds a task below another. Undo deletes it and redo restores that very row, so later commands that
 * refer to the task by id stay valid across undo and redo.
 */
final class AddTaskCommand implements Command {
    private final TaskService tasks;
    private final UserSession user;
    private final UUID projectId;
    private final UUID afterTaskId;
    private final String name;
    private final int days;
    private final String description;
    private UUID taskId;
    private DeletedTasks deleted;

    AddTaskCommand(TaskService tasks, UserSession user, UUID projectId, UUID afterTaskId, String name, int days,
                   String description) {
        this.tasks = tasks;
        this.user = user;
        this.projectId = projectId;
        this.afterTaskId = afterTaskId;
        this.name = name;
        this.days = days;
        this.description = description;
    }

    @Override
    public void execute() {
        if (deleted == null) {
            TaskRow row = tasks.addTask(user, projectId, afterTaskId, name, days);
            taskId = row.id();
        } else {
            tasks.restore(user, deleted);
            deleted = null;
        }
    }

    @Override
    public void undo() {
        deleted = tasks.delete(user, taskId);
    }

    @Override
    public String description() {
        return description;
    }

    UUID taskId() {
        return taskId;
    }
}
