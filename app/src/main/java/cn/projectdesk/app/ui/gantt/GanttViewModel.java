package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.app.ui.wbs.ChangeTaskCommand;
import cn.projectdesk.app.ui.wbs.PredecessorsCommand;
import cn.projectdesk.core.progress.ProgressState;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskDetails;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One project's Gantt: loads it off the FX thread, keeps which summaries are collapsed, and turns
 * edits on the chart into commands on the shared undo history, each followed by a reload (one edit
 * can move many dates).
 */
public final class GanttViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObjectProperty<GanttData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<GanttModel> model = new SimpleObjectProperty<>();
    private final Set<UUID> collapsed = new HashSet<>();
    private ProjectSummary project;
    private UUID baselineId;
    private boolean showBaseline = true;
    private Consumer<Throwable> onFailure = failure -> { };

    public GanttViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void open(ProjectSummary summary) {
        if (project == null || !project.id().equals(summary.id())) {
            collapsed.clear();
            baselineId = null;
        }
        project = summary;
        reload();
    }

    public void reload() {
        if (project == null) {
            return;
        }
        UUID projectId = project.id();
        UUID baseline = baselineId;
        boolean any = showBaseline;
        context.runner().run(() -> GanttData.load(context.core(), user, projectId, baseline, any), this::deliver, onFailure);
    }

    private void deliver(GanttData loaded) {
        project = loaded.project();
        baselineId = loaded.baselineId();
        data.set(loaded);
        rebuild();
    }

    private void rebuild() {
        GanttData d = data.get();
        if (d != null) {
            model.set(GanttModel.of(d.rows(), d.links(), collapsed));
        }
    }

    public void toggleCollapsed(GanttRow row) {
        if (row.summary() && !collapsed.remove(row.id())) {
            collapsed.add(row.id());
        }
        rebuild();
    }

    public Set<UUID> collapsed() {
        return collapsed;
    }

    public void chooseBaseline(UUID id) {
        baselineId = id;
        showBaseline = id != null;
        reload();
    }

    public boolean showBaseline() {
        return showBaseline;
    }

    public boolean canEdit() {
        return user.has(Permission.TASK_EDIT);
    }

    // --- edits from the chart

    public void setDuration(GanttRow row, int days) {
        change(row, row.durationDays(), days, (id, v) -> tasks().setDuration(user, id, v), "command.task.duration");
    }

    public void setPercentComplete(GanttRow row, int percent) {
        change(row, row.percentComplete(), percent, (id, v) -> tasks().setPercentComplete(user, id, v), "command.task.percent");
    }

    /** Reads what the task dialog edits, then hands it over on the FX thread. */
    public void details(GanttRow row, Consumer<TaskDetails> then) {
        context.runner().run(() -> tasks().details(user, row.id()), then, onFailure);
    }

    public void setConstraint(GanttRow row, TaskConstraint before, TaskConstraint after) {
        change(row, before, after, (id, v) -> tasks().setConstraint(user, id, v), "command.task.constraint");
    }

    public void setEstimate(GanttRow row, DurationEstimate before, DurationEstimate after) {
        if (!java.util.Objects.equals(before, after)) {
            run(new ChangeTaskCommand<>(row.id(), before, after, (id, v) -> tasks().setEstimate(user, id, v),
                    messages().format("command.task.estimate", row.wbsCode() + " " + row.name())));
        }
    }

    public void setProgress(GanttRow row, ProgressState before, ProgressState after) {
        if (!before.equals(after)) {
            run(new ProgressCommand(context.core().progress(), user, row.id(), before, after,
                    messages().format("command.task.progress", row.wbsCode() + " " + row.name())));
        }
    }

    public void rename(GanttRow row, String name) {
        change(row, row.name(), name.strip(), (id, v) -> tasks().rename(user, id, v), "command.task.rename");
    }

    public void link(GanttRow from, GanttRow to, DependencyType type) {
        if (from.id().equals(to.id())) {
            return;
        }
        run(new LinkTasksCommand(tasks(), user, from.id(), to.id(), type,
                messages().format("gantt.command.link", from.wbsCode(), to.wbsCode())));
    }

    public void moveStart(GanttRow row, java.time.LocalDate start) {
        if (row.summary() || start.equals(row.start())) {
            return;
        }
        run(new MoveStartCommand(tasks(), user, row.id(), start,
                messages().format("gantt.command.move", row.wbsCode() + " " + row.name(), start)));
    }

    /** Moves the status date; the deviation colours follow on reload. */
    public void setStatusDate(java.time.LocalDate date) {
        GanttData d = data.get();
        if (d == null || date == null || date.equals(d.statusDate())) {
            return;
        }
        run(new StatusDateCommand(context.core().progress(), user, d.project().id(), d.statusDate(), date,
                messages().format("gantt.command.statusDate", date)));
    }

    /** Saves the plan as a baseline and shows it under the bars. */
    public void saveBaseline(String name) {
        GanttData d = data.get();
        if (d == null) {
            return;
        }
        SaveBaselineCommand command = new SaveBaselineCommand(context.core().baselines(), user, d.project().id(), name.strip(),
                messages().format("gantt.command.baseline", name.strip()));
        context.runner().run(() -> {
            context.commands().execute(command);
            return command.saved();
        }, saved -> {
            baselineId = saved.id();
            showBaseline = true;
            reload();
        }, failure -> {
            onFailure.accept(failure);
            reload();
        });
    }

    public void setPredecessors(GanttRow row, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.equals(row.predecessors() == null ? "" : row.predecessors())) {
            return;
        }
        run(new PredecessorsCommand(tasks(), user, row.id(), typed,
                messages().format("command.task.predecessors", row.wbsCode() + " " + row.name())));
    }

    private <T> void change(GanttRow row, T oldValue, T newValue, java.util.function.BiConsumer<UUID, T> setter, String key) {
        if (oldValue.equals(newValue)) {
            return;
        }
        run(new ChangeTaskCommand<>(row.id(), oldValue, newValue, setter, messages().format(key, row.wbsCode() + " " + row.name())));
    }

    private void run(Command command) {
        context.runner().run(() -> {
            context.commands().execute(command);
            return Boolean.TRUE;
        }, done -> reload(), failure -> {
            onFailure.accept(failure);
            reload();
        });
    }

    private TaskService tasks() {
        return context.core().tasks();
    }

    public Messages messages() {
        return context.messages();
    }

    public AppContext context() {
        return context;
    }

    public UserSession user() {
        return user;
    }

    public ObjectProperty<GanttData> dataProperty() {
        return data;
    }

    public ObjectProperty<GanttModel> modelProperty() {
        return model;
    }

    public ProjectSummary project() {
        return project;
    }
}
