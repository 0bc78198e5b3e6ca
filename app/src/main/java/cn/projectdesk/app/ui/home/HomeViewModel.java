package cn.projectdesk.app.ui.home;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start page: the projects the user is responsible for, and the unfinished tasks of those
 * projects that are due within the next 14 days or overdue. Tasks have no assignee yet, so "my
 * tasks" means the tasks of my projects.
 */
public final class HomeViewModel {
    public static final int HORIZON_DAYS = 14;

    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> myProjects = FXCollections.observableArrayList();
    private final ObservableList<DueTask> dueTasks = FXCollections.observableArrayList();

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
        }, onFailure);
    }

    private Loaded load(LocalDate today) {
        List<ProjectSummary> mine = context.core().projects().list(user).stream()
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
        return new Loaded(mine, due);
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

    private record Loaded(List<ProjectSummary> projects, List<DueTask> tasks) {
    }
}
