package cn.projectdesk.core.library;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.lifecycle.StageService;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectCodeAllocator;
import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEffects;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 项目库: candidate projects of the planning stage (谋划), ranked by priority; promotion turns one into a
 * project at 立项 and files its 立项申请 in the same transaction (both or neither).
 */
public final class ProjectLibraryService {
    private final Database database;
    private final ApprovalEngine engine;
    private final Clock clock;

    public ProjectLibraryService(Database database, ApprovalEffects effects, Clock clock) {
        this.database = database;
        this.engine = new ApprovalEngine(effects, database::audit);
        this.clock = clock;
    }

    /** The candidates in the user's scope, highest priority first, then by estimated investment. */
    public List<CandidateRow> list(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery("from LibraryCandidate c join fetch c.department d "
                        + "where c.deleted = false and d.path like :path order by c.priority, c.estimatedInvestment desc, c.name",
                        LibraryCandidate.class).setParameter("path", user.orgPath() + "%").getResultList().stream()
                .map(LibraryCandidate::toRow).toList());
    }

    public CandidateRow add(UserSession user, CandidateDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        draft.check();
        return database.inTransaction(user.username(), s -> {
            LibraryCandidate c = new LibraryCandidate(department(s, user, draft.departmentId()), draft);
            s.persist(c);
            s.flush();
            return c.toRow();
        });
    }

    public CandidateRow update(UserSession user, UUID id, CandidateDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        draft.check();
        return database.inTransaction(user.username(), s -> {
            LibraryCandidate c = open(s, user, id);
            c.apply(department(s, user, draft.departmentId()), draft);
            s.flush();
            return c.toRow();
        });
    }

    /** 搁置 (or back to 储备 with {@code shelved = false}). */
    public CandidateRow shelve(UserSession user, UUID id, boolean shelved) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        return database.inTransaction(user.username(), s -> {
            LibraryCandidate c = open(s, user, id);
            c.setStatus(shelved ? CandidateStatus.SHELVED : CandidateStatus.CANDIDATE);
            s.flush();
            return c.toRow();
        });
    }

    /**
     * Creates the project at 立项 (code allocated as for any new project, estimated investment as its
     * budget) and submits its 立项申请 for the estimated amount; the stage history records the move.
     */
    public Promotion promote(UserSession user, UUID id) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        return database.inTransaction(user.username(), s -> {
            LibraryCandidate c = open(s, user, id);
            if (c.getStatus() != CandidateStatus.CANDIDATE) {
                throw ValidationException.of("status", "validation.library.notCandidate");
            }
            Instant now = clock.instant();
            OrgUnit department = c.getDepartment();
            Project project = new Project(ProjectCodeAllocator.next(s, department, c.getProposedYear()), department);
            project.setName(c.getName());
            project.setType(c.getType());
            project.setYear(c.getProposedYear());
            project.setFundingSources(EnumSet.of(c.getFundingSource()));
            project.setStage(LifecycleStage.PLANNING);
            project.setApprovedBudget(c.getEstimatedInvestment());
            project.setDescription(c.getDescription());
            AppUser me = s.get(AppUser.class, user.userId());
            project.setOwner(me);
            project.setCalendar(s.createSelectionQuery("from WorkCalendar where deleted = false order by id",
                    WorkCalendar.class).setMaxResults(1).uniqueResult());
            s.persist(project);
            StageService.record(s, project, LifecycleStage.PROPOSAL, user.username(), "项目库转立项", now);
            String content = "由项目库转入立项。" + (c.getPlanItem() == null ? "" : "对应规划：" + c.getPlanItem() + "。")
                    + (c.getDescription() == null ? "" : c.getDescription());
            ApprovalRequest request = engine.draft(s, me, project, new RequestDraft(RequestType.PROJECT_PROPOSAL,
                    project.getId(), c.getName() + "立项申请", content.length() > 4000 ? content.substring(0, 4000) : content,
                    c.getEstimatedInvestment(), null), now);
            engine.submit(s, request, me, now);
            c.promoted(project, request);
            s.flush();
            return new Promotion(project.getId(), project.getCode(), request.getId(), request.getCode());
        });
    }

    private static LibraryCandidate open(Session s, UserSession user, UUID id) {
        LibraryCandidate c = id == null ? null : s.get(LibraryCandidate.class, id);
        if (c == null || c.isDeleted()) {
            throw new NotFoundException("candidate " + id);
        }
        AccessPolicy.requireInScope(user, Permission.PROJECT_CREATE, c.getDepartment().getPath(), c.getName());
        return c;
    }

    private static OrgUnit department(Session s, UserSession user, UUID id) {
        OrgUnit unit = s.get(OrgUnit.class, id);
        if (unit == null || unit.isDeleted()) {
            throw ValidationException.of("department", "validation.department.unknown");
        }
        AccessPolicy.requireInScope(user, Permission.PROJECT_CREATE, unit.getPath(), unit.getName());
        return unit;
    }
}
