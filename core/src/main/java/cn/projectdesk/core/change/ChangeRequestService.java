package cn.projectdesk.core.change;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.lifecycle.Projects;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEffects;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 变更: file a scope, schedule or budget change with its reason and impact; it goes through the
 * CHANGE_REQUEST approval flow, and its approval applies it (see {@link ChangeApplier}).
 */
public final class ChangeRequestService {
    private final Database database;
    private final ApprovalEngine engine;
    private final Clock clock;

    public ChangeRequestService(Database database, ApprovalEffects effects, Clock clock) {
        this.database = database;
        this.engine = new ApprovalEngine(effects, database::audit);
        this.clock = clock;
        effects.register(RequestType.CHANGE_REQUEST, new ChangeApplier(clock));
    }

    /** Files and submits the change; the request's amount is the budget increase (if any), which drives amount conditions. */
    public ChangeView file(UserSession user, ChangeDraft draft) {
        draft.check();
        return database.inTransaction(user.username(), s -> {
            Project project = Projects.get(s, user, draft.projectId(), Permission.PROJECT_EDIT);
            AppUser me = s.get(AppUser.class, user.userId());
            Instant now = clock.instant();
            BigDecimal increase = draft.items().stream().filter(i -> i.kind() == ChangeItemKind.PROJECT_BUDGET)
                    .map(i -> i.newAmount().subtract(project.getApprovedBudget() == null ? BigDecimal.ZERO : project.getApprovedBudget()))
                    .filter(d -> d.signum() > 0).findFirst().orElse(null);
            ApprovalRequest request = engine.draft(s, me, project, new RequestDraft(RequestType.CHANGE_REQUEST, project.getId(),
                    draft.title().strip(), draft.reason().strip(), increase, null), now);
            ChangeRequest change = new ChangeRequest(project, request, draft.kind(), draft.reason().strip());
            s.persist(change);
            for (int i = 0; i < draft.items().size(); i++) {
                ChangeItemDraft d = draft.items().get(i);
                Task task = d.kind() == ChangeItemKind.TASK_DURATION ? task(s, project, d.taskId(), i + 1) : null;
                ChangeItem item = new ChangeItem(change, i + 1, d.kind(), task,
                        d.taskName() == null ? null : d.taskName().strip(), d.newDuration(),
                        d.newAmount() == null ? null : d.newAmount().setScale(2));
                if (task != null) {
                    item.before(task.getDurationDays(), task.getStart(), task.getFinish(), null);
                } else if (d.kind() == ChangeItemKind.PROJECT_BUDGET) {
                    item.before(null, null, null, project.getApprovedBudget());
                }
                s.persist(item);
            }
            s.flush();
            engine.submit(s, request, me, now);
            s.flush();
            return view(s, change);
        });
    }

    /** The project's change requests (structured ones), newest first, with before/after. */
    public List<ChangeView> list(UserSession user, UUID projectId) {
        return database.read(s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from ChangeRequest where project = :p and deleted = false order by id desc",
                    ChangeRequest.class).setParameter("p", project).getResultList().stream().map(c -> view(s, c)).toList();
        });
    }

    private static Task task(Session s, Project project, UUID id, int line) {
        Task t = s.get(Task.class, id);
        if (t == null || t.isDeleted() || !t.getProject().equals(project)) {
            throw ValidationException.of("items[" + line + "]", "validation.change.taskGone");
        }
        long children = s.createSelectionQuery("select count(*) from Task where parent = :t and deleted = false", Long.class)
                .setParameter("t", t).getSingleResult();
        if (children > 0) {
            throw ValidationException.of("items[" + line + "]", "validation.change.summaryTask");
        }
        return t;
    }

    private static ChangeView view(Session s, ChangeRequest c) {
        ApprovalRequest r = c.getRequest();
        return new ChangeView(c.getId(), r.getId(), r.getCode(), r.getTitle(), c.getKind(), c.getReason(), r.getStatus(),
                c.getAppliedAt(), c.getBaselineName(), ChangeApplier.items(s, c).stream().map(ChangeItem::view).toList());
    }

}
