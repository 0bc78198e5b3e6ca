package cn.projectdesk.core.progress;

import cn.projectdesk.core.budget.TaskCosts;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Progress reporting (status date, % complete, actual dates and costs) and the progress report. */
public final class ProgressService {
    public static final String THRESHOLD_SETTING = "progress.deviationThreshold";
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;
    private final Database database;

    public ProgressService(Database database) {
        this.database = database;
    }

    public void setStatusDate(UserSession user, UUID projectId, LocalDate statusDate) {
        if (statusDate == null) {
            throw ValidationException.of("statusDate", "validation.required");
        }
        database.runInTransaction(user.username(), s -> project(s, user, projectId, Permission.TASK_EDIT).setStatusDate(statusDate));
    }

    public void recordProgress(UserSession user, UUID taskId, ProgressUpdate update) {
        ProgressUpdateValidator.check(update);
        database.runInTransaction(user.username(), s -> {
            Task task = task(s, user, taskId, Permission.TASK_EDIT);
            task.setPercentComplete(update.percentComplete());
            LocalDate actualStart = update.actualStart() != null ? update.actualStart()
                    : update.percentComplete() > 0 && task.getActualStart() == null ? task.getStart() : task.getActualStart();
            LocalDate actualFinish = update.actualFinish() != null ? update.actualFinish()
                    : update.percentComplete() == 100 && task.getActualFinish() == null ? task.getFinish() : task.getActualFinish();
            if (actualStart != null && actualFinish != null && actualFinish.isBefore(actualStart)) {
                throw ValidationException.of("actualFinish", "validation.finish.beforeStart");
            }
            task.setActualStart(actualStart);
            task.setActualFinish(update.percentComplete() == 100 ? actualFinish : null);
            if (update.actualCost() != null) {
                task.setActualCost(update.actualCost().setScale(2));
            }
        });
    }

    /** Puts back a task's progress exactly as it was (for undo): nothing is filled in. */
    public void restore(UserSession user, UUID taskId, ProgressState state) {
        ProgressUpdateValidator.check(new ProgressUpdate(state.percentComplete(), state.actualStart(), state.actualFinish(), null));
        database.runInTransaction(user.username(), s -> {
            Task task = task(s, user, taskId, Permission.TASK_EDIT);
            task.setPercentComplete(state.percentComplete());
            task.setActualStart(state.actualStart());
            task.setActualFinish(state.actualFinish());
        });
    }

    public void setPlannedCost(UserSession user, UUID taskId, BigDecimal plannedCost) {
        ProgressUpdateValidator.checkMoney("plannedCost", plannedCost);
        database.runInTransaction(user.username(), s -> task(s, user, taskId, Permission.TASK_EDIT)
                .setPlannedCost(plannedCost == null ? null : plannedCost.setScale(2)));
    }

    /** Progress at the project's status date (today if none is set), against a baseline if one is named. */
    public ProgressReport report(UserSession user, UUID projectId, UUID baselineId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        BigDecimal threshold = threshold();
        return database.read(s -> {
            Project project = project(s, user, projectId, Permission.PROJECT_VIEW);
            LocalDate statusDate = project.getStatusDate() != null ? project.getStatusDate() : LocalDate.now();
            List<Task> leaves = leaves(s, project);
            Baseline baseline = baselineId == null ? null : s.get(Baseline.class, baselineId);
            if (baselineId != null && (baseline == null || baseline.isDeleted() || !baseline.getProject().equals(project))) {
                throw new NotFoundException("baseline " + baselineId);
            }
            Map<UUID, BaselineTask> snapshot = baseline == null ? Map.of() : snapshot(s, baseline);
            List<ProgressInput> inputs = new ArrayList<>(leaves.size());
            // a task without its own cost figures takes them from the budget lines linked to it
            Map<UUID, TaskCosts.Cost> fromBudget = TaskCosts.of(s, project.getId());
            for (Task t : leaves) {
                BaselineTask b = snapshot.get(t.getId());
                TaskCosts.Cost linked = fromBudget.get(t.getId());
                BigDecimal planned = t.getPlannedCost() != null || linked == null ? t.getPlannedCost() : linked.budget();
                BigDecimal actual = t.getActualCost() != null || linked == null ? t.getActualCost() : linked.paid();
                inputs.add(new ProgressInput(t.getStart(), t.getFinish(), t.getDurationDays(), t.getPercentComplete(),
                        planned, actual, b == null ? null : b.getStart(),
                        b == null ? null : b.getFinish(), b == null ? null : b.getDurationDays()));
            }
            ProgressCalculator calculator = new ProgressCalculator(ProjectScheduling.calendar(s, project), statusDate, threshold);
            ProjectProgress totals = calculator.project(inputs);
            List<ProgressReport.Row> rows = new ArrayList<>(leaves.size());
            for (int i = 0; i < leaves.size(); i++) {
                Task t = leaves.get(i);
                rows.add(new ProgressReport.Row(t.getId(), t.getWbsCode(), t.getName(), t.getStart(), t.getFinish(),
                        totals.tasks().get(i)));
            }
            return new ProgressReport(project.getId(), project.getCode(), statusDate, threshold,
                    baseline == null ? null : baseline.getId(), baseline == null ? null : baseline.getName(), totals, rows);
        });
    }

    private BigDecimal threshold() {
        return database.settings().get(THRESHOLD_SETTING).map(BigDecimal::new).orElse(DEFAULT_THRESHOLD);
    }

    static Project project(Session s, UserSession user, UUID projectId, Permission permission) {
        AccessPolicy.require(user, permission);
        Project project = s.get(Project.class, projectId);
        if (project == null || project.isDeleted()) {
            throw new NotFoundException("project " + projectId);
        }
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    private static Task task(Session s, UserSession user, UUID taskId, Permission permission) {
        AccessPolicy.require(user, permission);
        Task task = s.get(Task.class, taskId);
        if (task == null || task.isDeleted()) {
            throw new NotFoundException("task " + taskId);
        }
        project(s, user, task.getProject().getId(), permission);
        return task;
    }

    /** Leaf tasks in WBS order (codes compared numerically level by level). */
    static List<Task> leaves(Session s, Project project) {
        List<Task> tasks = s.createSelectionQuery("from Task where project = :p and deleted = false", Task.class)
                .setParameter("p", project).getResultList();
        Set<UUID> parents = tasks.stream().filter(t -> t.getParent() != null).map(t -> t.getParent().getId())
                .collect(Collectors.toSet());
        return tasks.stream().filter(t -> !parents.contains(t.getId()))
                .sorted(Comparator.comparing(Task::getWbsCode, WbsCodeOrder.INSTANCE)).toList();
    }

    private static Map<UUID, BaselineTask> snapshot(Session s, Baseline baseline) {
        Map<UUID, BaselineTask> map = new HashMap<>();
        s.createSelectionQuery("from BaselineTask where baseline = :b and deleted = false", BaselineTask.class)
                .setParameter("b", baseline).getResultList().forEach(b -> map.put(b.getTask().getId(), b));
        return map;
    }
}
