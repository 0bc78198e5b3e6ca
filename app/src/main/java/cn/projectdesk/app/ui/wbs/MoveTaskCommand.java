package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.TaskPosition;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Indent, outdent, move up or down; undo puts the task back at the position core reported. */
final class MoveTaskCommand implements Command {
    enum Direction {
        INDENT, OUTDENT, UP, DOWN
    }

    private final TaskService tasks;
    private final UserSession user;
    private final UUID taskId;
    private final Direction direction;
    private final String description;
    private TaskPosition before;

    MoveTaskCommand(TaskService tasks, UserSession user, UUID taskId, Direction direction, String description) {
        this.tasks = tasks;
        this.user = user;
        this.taskId = taskId;
        this.direction = direction;
        this.description = description;
    }

    @Override
    public void execute() {
        before = switch (direction) {
            case INDENT -> tasks.indent(user, taskId);
            case OUTDENT -> tasks.outdent(user, taskId);
            case UP -> tasks.moveUp(user, taskId);
            case DOWN -> tasks.moveDown(user, taskId);
        };
    }

    @Override
    public void undo() {
        tasks.moveTo(user, taskId, before);
    }

    @Override
    public String description() {
        return description;
    }
}
