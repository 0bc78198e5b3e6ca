package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Sets one value of a task from the chart (duration, % complete); undo puts back the value the bar showed. */
final class TaskValueCommand<T> implements Command {
    private final UUID taskId;
    private final T oldValue;
    private final T newValue;
    private final BiConsumer<UUID, T> setter;
    private final String description;

    TaskValueCommand(UUID taskId, T oldValue, T newValue, BiConsumer<UUID, T> setter, String description) {
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
