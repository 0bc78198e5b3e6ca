package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.undo.Command;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Sets one field of a task (name, duration, % complete, milestone); undo sets the value it had. The
 * old value comes from the row the user saw, which the table reloads after every edit.
 */
public final class ChangeTaskCommand<T> implements Command {
    private final UUID taskId;
    private final T oldValue;
    private final T newValue;
    private final BiConsumer<UUID, T> setter;
    private final String description;

    public ChangeTaskCommand(UUID taskId, T oldValue, T newValue, BiConsumer<UUID, T> setter, String description) {
        this.taskId = taskId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.setter = setter;
        this.description = description;
    }

    @Override
    public void execute() {
        setter.accept(taskId, newValue);
    }

    @Override
    public void undo() {
        setter.accept(taskId, oldValue);
    }

    @Override
    public String description() {
        return description;
    }
}
