package cn.projectdesk.app.ui.home;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start page: the projects the user is responsible for, the unfinished tasks of those
 * projects that are due within the next 14 days or overdue, the approvals waiting for the user, the
 * user's open warnings and the projects opened last. Tasks have no assignee yet, so "my
 * tasks" means the tasks of my projects.
 */
public final class HomeViewModel {
    public static final int HORIZON_DAYS = 14;

    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> myProjects = FXCollections.observableArrayList();
    private final ObservableList<DueTask> dueTasks = FXCollections.observableArrayList();
    private final ObservableList<ApprovalRequestView> approvals = FXCollections.observableArrayList();
    private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
    private final ObservableList<ProjectSummary> recent = FXCollections.observableArrayList();

    /** A task with the project it belongs to. */
    public record DueTask(ProjectSummary project, TaskRow task, boolean overdue) {
    }

    public HomeViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    public void refresh(Consumer<Throwable> onFailure) {
        LocalDate today = context.today();
        context.runner().run(() -> load(today), loaded -> {
            myProjects.setAll(loaded.projects());
            dueTasks.setAll(loaded.tasks());
            approvals.setAll(loaded.approvals());
            warnings.setAll(loaded.warnings());
            recent.setAll(loaded.recent());
        }, onFailure);
    }

    private Loaded load(LocalDate today) {
        List<ProjectSummary> visible = context.core().projects().list(user);
        List<ProjectSummary> mine = visible.stream()
                .filter(p -> user.displayName().equals(p.ownerName())).toList();
        List<DueTask> due = new ArrayList<>();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        for (ProjectSummary project : mine) {
            for (TaskRow task : context.core().tasks().tasks(user, project.id())) {
                if (!task.summary() && task.percentComplete() < 100 && task.finish() != null && !task.finish().isAfter(horizon)) {
                    due.add(new DueTask(project, task, task.finish().isBefore(today)));
                }
            }
        }
        due.sort(Comparator.comparing((DueTask d) -> d.task().finish()).thenComparing(d -> d.project().code()));
        List<ProjectSummary> recentlyOpened = RecentProjects.codes(context.dataFolder(), user.username()).stream()
                .flatMap(code -> visible.stream().filter(p -> p.code().equals(code)).limit(1)).toList();
        return new Loaded(mine, due, context.core().approvals().pendingForMe(user), context.core().ops().warnings().mine(user),
                recentlyOpened);
    }

    public ObservableList<ProjectSummary> myProjects() {
        return myProjects;
    }

    public ObservableList<DueTask> dueTasks() {
        return dueTasks;
    }

    public UserSession user() {
        return user;
    }

    /** Requests waiting for my decision (also as a delegate). */
    public ObservableList<ApprovalRequestView> approvals() {
        return approvals;
    }

    /** Open warnings of which I am the owner. */
    public ObservableList<WarningRow> warnings() {
        return warnings;
    }

    /** Projects I opened last on this computer. */
    public ObservableList<ProjectSummary> recent() {
        return recent;
    }

    private record Loaded(List<ProjectSummary> projects, List<DueTask> tasks, List<ApprovalRequestView> approvals,
                          List<WarningRow> warnings, List<ProjectSummary> recent) {
    }
}
