package cn.projectdesk.core.project;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The WBS editor's use cases. Each call is one transaction that edits the plan, renumbers the WBS and
 * reschedules; the structural ones return what undo needs to put things back.
 */
public final class TaskService {
    public static final int MAX_DURATION_DAYS = 10_000;
    private final Database database;

    public TaskService(Database database) {
        this.database = database;
    }

    public List<TaskRow> tasks(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project project = ProjectService.visible(s, user, projectId, Permission.PROJECT_VIEW);
            return rows(ProjectPlan.load(s, project));
        });
    }

    /** Late dates, total and free float and the critical path (total float ≤ 0) of the project's plan. */
    public List<TaskFloat> analysis(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project project = ProjectService.visible(s, user, projectId, Permission.PROJECT_VIEW);
            return ProjectPlan.load(s, project).analyse(s);
        });
    }

    /** A new task below {@code afterTaskId} at the same level, or at the end of the top level. */
    public TaskRow addTask(UserSession user, UUID projectId, UUID afterTaskId, String name, int durationDays) {
        String clean = requireName(name);
        requireDuration(durationDays);
        return edit(user, projectId, (s, plan) -> {
            Task after = afterTaskId == null ? null : plan.task(afterTaskId);
            Task parent = after == null ? null : after.getParent();
            int index = after == null ? plan.tree.siblingsOf(null).size() : plan.tree.siblingsOf(parent).indexOf(after) + 1;
            Task task = new Task(plan.project, parent, index, clean);
            task.setDurationDays(durationDays);
            s.persist(task);
            plan.tasks.add(task);
            plan.tree.add(task, index);
            return task.getId();
        }, (plan, id) -> row(plan, plan.task(id)));
    }

    public void rename(UserSession user, UUID taskId, String name) {
        String clean = requireName(name);
        editTask(user, taskId, (plan, task) -> task.setName(clean));
    }

    public void setDuration(UserSession user, UUID taskId, int durationDays) {
        requireDuration(durationDays);
        editTask(user, taskId, (plan, task) -> {
            if (plan.tree.isSummary(task)) {
                throw ValidationException.of("duration", "validation.duration.summary");
            }
            task.setDurationDays(durationDays);
        });
    }

    /**
     * Sets (or with null clears) the task's three-point estimate for schedule risk; returns the
     * previous one so undo can put it back. Summaries take their spread from their subtasks.
     */
    public DurationEstimate setEstimate(UserSession user, UUID taskId, DurationEstimate estimate) {
        return editTaskReturning(user, taskId, (s, plan, task) -> {
            if (estimate != null && plan.tree.isSummary(task)) {
                throw ValidationException.of("estimate", "validation.estimate.summary");
            }
            DurationEstimate before = task.getEstimate();
            if (!java.util.Objects.equals(before, estimate)) {
                task.setEstimate(estimate);
            }
            return before;
        });
    }

    public void setMilestone(UserSession user, UUID taskId, boolean milestone) {
        editTask(user, taskId, (plan, task) -> task.setMilestone(milestone));
    }

    public void setPercentComplete(UserSession user, UUID taskId, int percent) {
        if (percent < 0 || percent > 100) {
            throw ValidationException.of("percentComplete", "validation.percent.range");
        }
        editTask(user, taskId, (plan, task) -> task.setPercentComplete(percent));
    }

    /**
     * What dragging a task's bar to a new start does, as in MS Project: a task with predecessors (its own
     * or a summary's above it) gets "start no earlier than" the day, so its links may still push it later;
     * an unlinked task simply starts that day (held by the same constraint, or none when the day is at or
     * before the project start, where it would start anyway). Returns the constraint before, for undo.
     */
    public TaskConstraint moveStart(UserSession user, UUID taskId, LocalDate start) {
        requireConstraintDate(start);
        return editTaskReturning(user, taskId, (s, plan, task) -> {
            TaskConstraint before = requireLeaf(plan, task).getConstraint();
            boolean linked = plan.hasPredecessors(task);
            boolean atProjectStart = !start.isAfter(plan.projectStart());
            task.setConstraint(!linked && atProjectStart ? TaskConstraint.NONE : TaskConstraint.startNoEarlierThan(start));
            return before;
        });
    }

    /** Sets (or, with {@link TaskConstraint#NONE}, clears) a task's date constraint; returns the one before. */
    public TaskConstraint setConstraint(UserSession user, UUID taskId, TaskConstraint constraint) {
        TaskConstraint c = constraint == null ? TaskConstraint.NONE : constraint;
        if (c.date() != null) {
            requireConstraintDate(c.date());
        }
        return editTaskReturning(user, taskId, (s, plan, task) -> {
            TaskConstraint before = requireLeaf(plan, task).getConstraint();
            task.setConstraint(c);
            return before;
        });
    }

    /** One task's constraint, estimate and progress, for the task dialog. */
    public TaskDetails details(UserSession user, UUID taskId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Task task = s.get(Task.class, taskId);
            if (task == null || task.isDeleted()) {
                throw new NotFoundException("task " + taskId);
            }
            ProjectService.visible(s, user, task.getProject().getId(), Permission.PROJECT_VIEW);
            boolean summary = !s.createSelectionQuery("select t.id from Task t where t.parent = :t and t.deleted = false", UUID.class)
                    .setParameter("t", task).setMaxResults(1).getResultList().isEmpty();
            return new TaskDetails(task.getId(), summary, task.getDurationDays(), task.getPercentComplete(),
                    task.getConstraint(), task.getEstimate(), task.getActualStart(), task.getActualFinish());
        });
    }

    /** The constraints of the project's tasks that have one (tasks left out are ASAP). */
    public Map<UUID, TaskConstraint> constraints(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project project = ProjectService.visible(s, user, projectId, Permission.PROJECT_VIEW);
            // Only the constrained rows, not the whole plan: this runs every time a Gantt opens.
            Map<UUID, TaskConstraint> out = new java.util.HashMap<>();
            s.createSelectionQuery("from Task where project = :p and deleted = false and constraintType is not null", Task.class)
                    .setParameter("p", project).getResultList()
                    .forEach(t -> out.put(t.getId(), t.getConstraint()));
            return out;
        });
    }

    /** The project's working days (its calendar, statutory holidays and 调休 workdays), for drawing and dragging. */
    public cn.projectdesk.core.schedule.WorkingCalendar calendar(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> ProjectPlan.calendar(s, ProjectService.visible(s, user, projectId, Permission.PROJECT_VIEW)));
    }

    private static Task requireLeaf(ProjectPlan plan, Task task) {
        if (plan.tree.isSummary(task)) {
            throw ValidationException.of("constraint", "validation.constraint.summary");
        }
        return task;
    }

    private static void requireConstraintDate(LocalDate date) {
        // The working-day calendar covers 2000-2099; a date outside could not be scheduled.
        if (date == null || date.getYear() < 2000 || date.getYear() > 2099) {
            throw ValidationException.of("constraintDate", "validation.constraint.dateRange");
        }
    }

    public TaskPosition indent(UserSession user, UUID taskId) {
        return move(user, taskId, (plan, task) -> {
            List<Task> siblings = plan.tree.siblingsOf(task.getParent());
            int i = siblings.indexOf(task);
            if (i == 0) {
                throw ValidationException.of("wbs", "validation.wbs.cannotIndent");
            }
            Task newParent = siblings.get(i - 1);
            plan.tree.move(task, newParent, plan.tree.childrenOf(newParent).size());
        });
    }

    public TaskPosition outdent(UserSession user, UUID taskId) {
        return move(user, taskId, (plan, task) -> {
            Task parent = task.getParent();
            if (parent == null) {
                throw ValidationException.of("wbs", "validation.wbs.cannotOutdent");
            }
            int parentIndex = plan.tree.siblingsOf(parent.getParent()).indexOf(parent);
            plan.tree.move(task, parent.getParent(), parentIndex + 1);
        });
    }

    public TaskPosition moveUp(UserSession user, UUID taskId) {
        return move(user, taskId, (plan, task) -> shift(plan, task, -1));
    }

    public TaskPosition moveDown(UserSession user, UUID taskId) {
        return move(user, taskId, (plan, task) -> shift(plan, task, +1));
    }

    /** Puts a task back at a position (used by undo of indent, outdent and moves). */
    public void moveTo(UserSession user, UUID taskId, TaskPosition position) {
        move(user, taskId, (plan, task) -> {
            Task parent = position.parentId() == null ? null : plan.task(position.parentId());
            for (Task p = parent; p != null; p = p.getParent()) {
                if (p.equals(task)) {
                    throw ValidationException.of("wbs", "validation.wbs.ownDescendant");
                }
            }
            plan.tree.move(task, parent, position.index());
        });
    }

    /** Tombstones the task, its subtree and every link touching them. */
    public DeletedTasks delete(UserSession user, UUID taskId) {
        UUID projectId = projectOf(taskId);
        return edit(user, projectId, (s, plan) -> {
            Task task = plan.task(taskId);
            List<Task> subtree = plan.tree.subtree(task);
            Set<UUID> ids = subtree.stream().map(Task::getId).collect(Collectors.toSet());
            List<Dependency> touching = plan.links.stream()
                    .filter(l -> ids.contains(l.getPredecessor().getId()) || ids.contains(l.getSuccessor().getId()))
                    .toList();
            touching.forEach(Dependency::markDeleted);
            plan.links.removeAll(touching);
            subtree.forEach(Task::markDeleted);
            plan.tree.remove(task);
            plan.tasks.removeAll(subtree);
            plan.tree = new WbsTree(plan.tasks);
            return new DeletedTasks(projectId, subtree.stream().map(Task::getId).toList(),
                    touching.stream().map(Dependency::getId).toList());
        }, (plan, deleted) -> deleted);
    }

    /** Undoes a delete: the same rows come back, at their old places. */
    public void restore(UserSession user, DeletedTasks deleted) {
        edit(user, deleted.projectId(), (s, plan) -> {
            for (UUID id : deleted.taskIds()) {
                Task t = s.get(Task.class, id);
                t.restore();
                plan.tasks.add(t);
            }
            for (UUID id : deleted.linkIds()) {
                Dependency d = s.get(Dependency.class, id);
                d.restore();
                plan.links.add(d);
            }
            plan.tree = new WbsTree(plan.tasks);
            return null;
        }, (plan, x) -> null);
    }

    /** Replaces the task's predecessors by the typed list ("1.2, 1.3SS+2"); returns the previous text. */
    public String setPredecessors(UserSession user, UUID taskId, String text) {
        List<PredecessorSpec> specs = PredecessorSpec.parse(text);
        return editTaskReturning(user, taskId, (s, plan, task) -> {
            String before = predecessorText(plan, task);
            List<Dependency> old = plan.links.stream().filter(l -> l.getSuccessor().equals(task)).toList();
            old.forEach(Dependency::markDeleted);
            plan.links.removeAll(old);
            Set<String> seen = new HashSet<>();
            for (PredecessorSpec spec : specs) {
                Task predecessor = plan.byWbsCode(spec.wbsCode());
                if (predecessor == null || predecessor.equals(task) || !seen.add(spec.wbsCode())) {
                    throw ValidationException.of("predecessors", predecessor == null
                            ? "validation.predecessors.unknown" : "validation.predecessors.self");
                }
                Dependency link = new Dependency(plan.project, predecessor, task, spec.type(), spec.lagDays());
                s.persist(link);
                plan.links.add(link);
            }
            return before;
        });
    }

    public UUID link(UserSession user, UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
        UUID projectId = projectOf(successorId);
        return edit(user, projectId, (s, plan) -> {
            Task predecessor = plan.task(predecessorId);
            Task successor = plan.task(successorId);
            if (predecessor.equals(successor)) {
                throw ValidationException.of("predecessors", "validation.predecessors.self");
            }
            Dependency link = new Dependency(plan.project, predecessor, successor, type, lagDays);
            s.persist(link);
            plan.links.add(link);
            return link.getId();
        }, (plan, id) -> id);
    }

    public void unlink(UserSession user, UUID linkId) {
        UUID projectId = database.read(s -> {
            Dependency d = s.get(Dependency.class, linkId);
            if (d == null) {
                throw new NotFoundException("link " + linkId);
            }
            return d.getProject().getId();
        });
        edit(user, projectId, (s, plan) -> {
            Dependency link = plan.links.stream().filter(l -> l.getId().equals(linkId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("link " + linkId));
            link.markDeleted();
            plan.links.remove(link);
            return null;
        }, (plan, x) -> null);
    }

    // --- plumbing: every edit loads the plan, changes it, replans, and maps the result in one transaction

    @FunctionalInterface
    private interface PlanEdit<T> {
        T apply(Session s, ProjectPlan plan);
    }

    @FunctionalInterface
    private interface TaskEdit<T> {
        T apply(Session s, ProjectPlan plan, Task task);
    }

    private <T, R> R edit(UserSession user, UUID projectId, PlanEdit<T> change, java.util.function.BiFunction<ProjectPlan, T, R> result) {
        AccessPolicy.require(user, Permission.TASK_EDIT);
        return database.inTransaction(user.username(), s -> {
            Project project = ProjectService.visible(s, user, projectId, Permission.TASK_EDIT);
            ProjectPlan plan = ProjectPlan.load(s, project);
            T value = change.apply(s, plan);
            plan.replan(s);
            s.flush();
            return result.apply(plan, value);
        });
    }

    private <T> T editTaskReturning(UserSession user, UUID taskId, TaskEdit<T> change) {
        return edit(user, projectOf(taskId), (s, plan) -> change.apply(s, plan, plan.task(taskId)), (plan, v) -> v);
    }

    private void editTask(UserSession user, UUID taskId, java.util.function.BiConsumer<ProjectPlan, Task> change) {
        editTaskReturning(user, taskId, (s, plan, task) -> {
            change.accept(plan, task);
            return null;
        });
    }

    private TaskPosition move(UserSession user, UUID taskId, java.util.function.BiConsumer<ProjectPlan, Task> change) {
        return editTaskReturning(user, taskId, (s, plan, task) -> {
            TaskPosition before = new TaskPosition(task.getParent() == null ? null : task.getParent().getId(),
                    plan.tree.siblingsOf(task.getParent()).indexOf(task));
            change.accept(plan, task);
            return before;
        });
    }

    private static void shift(ProjectPlan plan, Task task, int delta) {
        List<Task> siblings = plan.tree.siblingsOf(task.getParent());
        int target = siblings.indexOf(task) + delta;
        if (target < 0 || target >= siblings.size()) {
            throw ValidationException.of("wbs", delta < 0 ? "validation.wbs.cannotMoveUp" : "validation.wbs.cannotMoveDown");
        }
        plan.tree.move(task, task.getParent(), target);
    }

    private UUID projectOf(UUID taskId) {
        return database.read(s -> {
            Task t = s.get(Task.class, taskId);
            if (t == null || t.isDeleted()) {
                throw new NotFoundException("task " + taskId);
            }
            return t.getProject().getId();
        });
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "validation.required");
        }
        if (name.strip().length() > 300) {
            throw ValidationException.of("name", "validation.name.tooLong");
        }
        return name.strip();
    }

    private static void requireDuration(int days) {
        if (days < 0 || days > MAX_DURATION_DAYS) {
            throw ValidationException.of("duration", "validation.duration.range");
        }
    }

    private static List<TaskRow> rows(ProjectPlan plan) {
        // Links grouped by successor once: asking every task for its own would scan all links per task
        // (10k tasks x 10k links when a large plan opens).
        Map<UUID, List<Dependency>> incoming = new java.util.HashMap<>();
        for (Dependency l : plan.links) {
            incoming.computeIfAbsent(l.getSuccessor().getId(), k -> new ArrayList<>()).add(l);
        }
        Map<UUID, String> predecessors = new java.util.HashMap<>();
        for (Task t : plan.tasks) {
            predecessors.put(t.getId(), predecessorText(incoming.getOrDefault(t.getId(), List.of())));
        }
        List<TaskRow> rows = new ArrayList<>();
        for (Task t : plan.tree.ordered()) {
            rows.add(row(plan, t, predecessors.get(t.getId())));
        }
        return rows;
    }

    private static TaskRow row(ProjectPlan plan, Task t) {
        return row(plan, t, predecessorText(plan, t));
    }

    private static TaskRow row(ProjectPlan plan, Task t, String predecessors) {
        return new TaskRow(t.getId(), t.getParent() == null ? null : t.getParent().getId(), plan.tree.level(t),
                t.getWbsCode(), t.getName(), t.getDurationDays(), t.getStart(), t.getFinish(), t.getPercentComplete(),
                t.isMilestone(), plan.tree.isSummary(t), predecessors, t.getNotes(), t.getVersion());
    }

    private static String predecessorText(ProjectPlan plan, Task task) {
        return predecessorText(plan.links.stream().filter(l -> l.getSuccessor().equals(task)).toList());
    }

    private static String predecessorText(List<Dependency> incoming) {
        return incoming.stream()
                .map(l -> new PredecessorSpec(l.getPredecessor().getWbsCode(), l.getType(), l.getLagDays()))
                .sorted(java.util.Comparator.comparing(PredecessorSpec::wbsCode))
                .map(PredecessorSpec::format)
                .collect(Collectors.joining(", "));
    }
}
