package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The lifecycle 谋划 → 立项 → 招采 → 实施 → 验收 → 评价 → 运维 → 归档: a project moves to the next stage only
 * when the exit checklist of its current stage is met, otherwise the move is refused with the missing
 * items. Manual items (and documents, until the archive answers) are confirmed by a user with a note.
 */
public final class StageService {
    private final Database database;
    private final GateCheck check;
    private final Clock clock;

    public StageService(Database database, DocumentEvidence documents, Clock clock) {
        this.database = database;
        this.check = new GateCheck(documents);
        this.clock = clock;
    }

    public StageOverview overview(UserSession user, UUID projectId) {
        return database.read(s -> overview(s, Projects.get(s, user, projectId, Permission.PROJECT_VIEW)));
    }

    public StageOverview overview(UserSession user, String projectCode) {
        return database.read(s -> overview(s, Projects.byCode(s, user, projectCode, Permission.PROJECT_VIEW)));
    }

    /** Moves the project to the next stage; refused with {@link GateNotMetException} while items are missing. */
    public StageOverview advance(UserSession user, UUID projectId, String note) {
        checkNote(note, false);
        return database.inTransaction(user.username(), s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_EDIT);
            LifecycleStage next = next(project.getStage());
            if (next == null) {
                throw ValidationException.of("stage", "validation.lifecycle.lastStage");
            }
            List<GateItemStatus> missing = check.evaluate(s, project).stream().filter(i -> !i.met()).toList();
            if (!missing.isEmpty()) {
                throw new GateNotMetException(missing);
            }
            record(s, project, next, user.username(), note == null || note.isBlank() ? null : note.strip(), clock.instant());
            s.flush();
            return overview(s, project);
        });
    }

    /** Confirms a MANUAL or DOCUMENT item of the project's current gate, with a note (document number, what was checked). */
    public StageOverview confirm(UserSession user, UUID projectId, String itemKey, String note) {
        checkNote(note, true);
        return database.inTransaction(user.username(), s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_EDIT);
            GateItemDefinition item = GateCheck.checklist(s, project.getStage()).stream()
                    .filter(i -> i.key().equals(itemKey)).findFirst()
                    .orElseThrow(() -> ValidationException.of("item", "validation.lifecycle.unknownItem"));
            if (item.kind() == GateItemKind.APPROVAL) {
                throw ValidationException.of("item", "validation.lifecycle.approvalNotConfirmable");
            }
            s.persist(new GateConfirmation(project, project.getStage(), item.key(), user.username(), clock.instant(),
                    note.strip()));
            s.flush();
            return overview(s, project);
        });
    }

    /** The checklist for leaving a stage (the administrator's, else the built-in one). */
    public List<GateItemDefinition> checklist(UserSession user, LifecycleStage stage) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> GateCheck.checklist(s, stage));
    }

    /** Replaces a stage's checklist (administrators); an empty list restores the built-in defaults. */
    public void configure(UserSession user, LifecycleStage stage, List<GateItemDefinition> items) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (items.stream().map(GateItemDefinition::key).distinct().count() != items.size() || items.size() > 30) {
            throw ValidationException.of("items", "validation.lifecycle.duplicateItem");
        }
        database.runInTransaction(user.username(), s -> {
            s.createSelectionQuery("from StageGateItem where stage = :st and deleted = false", StageGateItem.class)
                    .setParameter("st", stage).getResultList().forEach(StageGateItem::markDeleted);
            for (int i = 0; i < items.size(); i++) {
                s.persist(new StageGateItem(stage, i, items.get(i)));
            }
        });
    }

    /** The gates of every visible project as milestones: those passed (dated) and each project's next one. */
    public List<GateMilestone> gateMilestones(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            List<GateMilestone> out = new ArrayList<>();
            for (Project p : Projects.visible(s, user)) {
                for (StageTransition t : history(s, p)) {
                    if (t.getFromStage() != null) {
                        out.add(new GateMilestone(p.getId(), p.getCode(), t.getToStage(), t.getMovedOn(), true, 0, 0));
                    }
                }
                LifecycleStage next = next(p.getStage());
                if (next != null) {
                    List<GateItemStatus> gate = check.evaluate(s, p);
                    out.add(new GateMilestone(p.getId(), p.getCode(), next, null, false,
                            (int) gate.stream().filter(GateItemStatus::met).count(), gate.size()));
                }
            }
            return out;
        });
    }

    /**
     * Records a move into {@code to} (used by the gate and by approval effects that move a stage), so
     * every stage change has its history row in the same transaction.
     */
    public static void record(Session s, Project project, LifecycleStage to, String actor, String note, Instant at) {
        LifecycleStage from = project.getStage();
        project.setStage(to);
        s.persist(new StageTransition(project, from, to, LocalDate.ofInstant(at, ApprovalEngine.ZONE), at, actor, note));
    }

    static LifecycleStage next(LifecycleStage stage) {
        LifecycleStage[] all = LifecycleStage.values();
        return stage.ordinal() + 1 < all.length ? all[stage.ordinal() + 1] : null;
    }

    private StageOverview overview(Session s, Project p) {
        List<StageHistoryEntry> history = history(s, p).stream().map(t -> new StageHistoryEntry(t.getFromStage(),
                t.getToStage(), t.getMovedOn(), t.getActor(), t.getNote())).toList();
        LifecycleStage next = next(p.getStage());
        return new StageOverview(p.getId(), p.getCode(), p.getName(), p.getStage(), next,
                next == null ? List.of() : check.evaluate(s, p), history);
    }

    private static List<StageTransition> history(Session s, Project p) {
        return s.createSelectionQuery("from StageTransition where project = :p and deleted = false order by movedAt, id",
                StageTransition.class).setParameter("p", p).getResultList();
    }

    private static void checkNote(String note, boolean required) {
        if (required && (note == null || note.isBlank())) {
            throw ValidationException.of("note", "validation.required");
        }
        if (note != null && note.strip().length() > 1000) {
            throw ValidationException.of("note", "validation.text.tooLong");
        }
    }
}
