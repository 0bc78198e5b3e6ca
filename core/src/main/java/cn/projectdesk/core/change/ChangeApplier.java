package cn.projectdesk.core.change;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.progress.Baseline;
import cn.projectdesk.core.progress.BaselineService;
import cn.projectdesk.core.progress.BaselineTask;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.workflow.ApprovalEffect;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * The effect of an approved 变更申请 that carries impact lines: apply them, reschedule, record the
 * before/after of every line and save a baseline named after the request — all in the approving
 * transaction. A 变更申请 without impact lines only records the decision, as before.
 */
final class ChangeApplier implements ApprovalEffect {
    private final Clock clock;

    ChangeApplier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void checkSubmittable(Session s, ApprovalRequest request) {
        ChangeRequest change = forRequest(s, request);
        if (change != null) {
            items(s, change).forEach(ChangeApplier::requireLiveLeaf);
            requireBaselineRoom(s, change.getProject());
        }
    }

    @Override
    public void apply(Session s, ApprovalRequest request, String actor) {
        ChangeRequest change = forRequest(s, request);
        if (change == null) {
            return;
        }
        Project project = change.getProject();
        requireBaselineRoom(s, project);
        List<ChangeItem> items = items(s, change);
        int nextTop = s.createSelectionQuery("select count(*) from Task where project = :p and parent is null and deleted = false",
                Long.class).setParameter("p", project).getSingleResult().intValue();
        for (ChangeItem item : items) {
            switch (item.getKind()) {
                case TASK_DURATION -> {
                    Task t = requireLiveLeaf(item);
                    item.before(t.getDurationDays(), t.getStart(), t.getFinish(), null);
                    t.setDurationDays(item.getNewDuration());
                }
                case TASK_ADD -> {
                    Task t = new Task(project, null, nextTop++, item.getTaskName());
                    t.setDurationDays(item.getNewDuration());
                    s.persist(t);
                    item.setTask(t);
                }
                case PROJECT_BUDGET -> {
                    item.before(null, null, null, project.getApprovedBudget());
                    project.setApprovedBudget(item.getNewAmount());
                }
            }
        }
        s.flush();
        ProjectScheduling.replan(s, project);
        s.flush();
        for (ChangeItem item : items) {
            Task t = item.getTask();
            item.after(t == null ? null : t.getStart(), t == null ? null : t.getFinish(),
                    item.getKind() == ChangeItemKind.PROJECT_BUDGET ? project.getApprovedBudget() : null);
        }
        Instant now = clock.instant();
        String name = "变更 " + request.getCode();
        Baseline baseline = new Baseline(project, name, LocalDate.ofInstant(now, ApprovalEngine.ZONE));
        s.persist(baseline);
        s.createSelectionQuery("from Task where project = :p and deleted = false", Task.class).setParameter("p", project)
                .getResultList().forEach(t -> s.persist(new BaselineTask(baseline, t)));
        change.applied(now, name);
    }

    static ChangeRequest forRequest(Session s, ApprovalRequest request) {
        return s.createSelectionQuery("from ChangeRequest where request = :r and deleted = false", ChangeRequest.class)
                .setParameter("r", request).uniqueResult();
    }

    static List<ChangeItem> items(Session s, ChangeRequest change) {
        return s.createSelectionQuery("from ChangeItem where change = :c and deleted = false order by itemOrder",
                ChangeItem.class).setParameter("c", change).getResultList();
    }

    private static Task requireLiveLeaf(ChangeItem item) {
        if (item.getKind() != ChangeItemKind.TASK_DURATION) {
            return null;
        }
        Task t = item.getTask();
        if (t == null || t.isDeleted()) {
            throw ValidationException.of("items[" + item.getItemOrder() + "]", "validation.change.taskGone");
        }
        return t;
    }

    private static void requireBaselineRoom(Session s, Project project) {
        long saved = s.createSelectionQuery("select count(*) from Baseline where project = :p and deleted = false", Long.class)
                .setParameter("p", project).getSingleResult();
        if (saved >= BaselineService.MAX_BASELINES) {
            throw ValidationException.of("baseline", "validation.baseline.tooMany");
        }
    }
}
