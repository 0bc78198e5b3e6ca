package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Replaces a task's predecessors as typed; core returns the previous text, which undo types back. */
public final class PredecessorsCommand implements Command {
    private final TaskService tasks;
    private final UserSession user;
    private final UUID taskId;
    private final String text;
    private final String description;
    private String previous;

    public PredecessorsCommand(TaskService tasks, UserSession user, UUID taskId, String text, String description) {
        this.tasks = tasks;
        this.user = user;
        this.taskId = taskId;
        this.text = text;
        this.description = description;
    }

    @Override
    public void execute() {
        previous = tasks.setPredecessors(user, taskId, text);
    }

    @Override
    public void undo() {
        tasks.setPredecessors(user, taskId, previous);
    }

    @Override
    public String description() {
        return description;
    }
}
