package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One project's plan. Every edit becomes a command on the shared undo history, runs on the worker
 * thread, and is followed by a reload, because one edit can move the dates of many other tasks.
 */
public final class WbsViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObjectProperty<ProjectSummary> project = new SimpleObjectProperty<>();
    private final ObjectProperty<List<TaskRow>> rows = new SimpleObjectProperty<>(List.of());
    private Consumer<Loaded> onLoaded = loaded -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    public WbsViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    /** What a reload brings: the rows, the task to select, and whether to start renaming it. */
    public record Loaded(List<TaskRow> rows, UUID select, boolean rename) {
    }

    void setListeners(Consumer<Loaded> loaded, Consumer<Throwable> failed) {
        this.onLoaded = loaded;
        this.onFailure = failed;
    }

    public void open(ProjectSummary summary) {
        project.set(summary);
        rows.set(List.of());
        reload(null);
    }

    public void reload(UUID select) {
        ProjectSummary current = project.get();
        if (current == null) {
            return;
        }
        context.runner().run(() -> new Snapshot(context.core().projects().get(user, current.id()), tasks().tasks(user, current.id())),
                snapshot -> {
                    project.set(snapshot.project());
                    deliver(snapshot.rows(), select, false);
                }, onFailure);
    }

    private void deliver(List<TaskRow> loaded, UUID select, boolean rename) {
        rows.set(List.copyOf(loaded));
        onLoaded.accept(new Loaded(rows.get(), select, rename));
    }

    public boolean canEdit() {
        return user.has(Permission.TASK_EDIT);
    }

    // --- the edits; each returns at once, the table follows when the worker is done

    public void addBelow(TaskRow after) {
        AddTaskCommand command = new AddTaskCommand(tasks(), user, projectId(), after == null ? null : after.id(),
                messages().get("wbs.newTask"), 1, messages().get("command.task.add"));
        run(command, command::taskId, true);
    }

    public void rename(TaskRow row, String name) {
        change(row, row.name(), name == null ? "" : name.strip(), (id, v) -> tasks().rename(user, id, v), "command.task.rename");
    }

    public void setDuration(TaskRow row, int days) {
        change(row, row.durationDays(), days, (id, v) -> tasks().setDuration(user, id, v), "command.task.duration");
    }

    public void setPercentComplete(TaskRow row, int percent) {
        change(row, row.percentComplete(), percent, (id, v) -> tasks().setPercentComplete(user, id, v), "command.task.percent");
    }

    public void toggleMilestone(TaskRow row) {
        change(row, row.milestone(), !row.milestone(), (id, v) -> tasks().setMilestone(user, id, v), "command.task.milestone");
    }

    public void setPredecessors(TaskRow row, String text) {
        if (text.strip().equals(row.predecessors())) {
            return;
        }
        run(new PredecessorsCommand(tasks(), user, row.id(), text, describe("command.task.predecessors", row)), row::id, false);
    }

    public void move(TaskRow row, MoveTaskCommand.Direction direction) {
        String key = "command.task." + direction.name().toLowerCase(java.util.Locale.ROOT);
        run(new MoveTaskCommand(tasks(), user, row.id(), direction, describe(key, row)), row::id, false);
    }

    public void delete(TaskRow row, UUID selectAfter) {
        run(new DeleteTaskCommand(tasks(), user, row.id(), describe("command.task.delete", row)), () -> selectAfter, false);
    }

    private <T> void change(TaskRow row, T oldValue, T newValue, java.util.function.BiConsumer<UUID, T> setter, String key) {
        if (oldValue.equals(newValue)) {
            return;
        }
        run(new ChangeTaskCommand<>(row.id(), oldValue, newValue, setter, describe(key, row)), row::id, false);
    }

    private void run(Command command, Supplier<UUID> select, boolean rename) {
        UUID projectId = projectId();
        context.runner().run(() -> {
            context.commands().execute(command);
            return tasks().tasks(user, projectId);
        }, loaded -> deliver(loaded, select.get(), rename), failure -> {
            onFailure.accept(failure);
            reload(select.get());
        });
    }

    private String describe(String key, TaskRow row) {
        return messages().format(key, row.wbsCode() + " " + row.name());
    }

    private UUID projectId() {
        return project.get().id();
    }

    private TaskService tasks() {
        return context.core().tasks();
    }

    Messages messages() {
        return context.messages();
    }

    public ObjectProperty<ProjectSummary> projectProperty() {
        return project;
    }

    public ObjectProperty<List<TaskRow>> rowsProperty() {
        return rows;
    }

    private record Snapshot(ProjectSummary project, List<TaskRow> rows) {
    }
}
