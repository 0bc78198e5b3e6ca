package cn.projectdesk.core.project;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.Database;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Projects: list what the user may see, create, change and delete (tombstone) them. */
public final class ProjectService {
    private final Database database;

    public ProjectService(Database database) {
        this.database = database;
    }

    public List<ProjectSummary> list(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery(
                        "from Project p join fetch p.department d left join fetch p.owner "
                                + "where p.deleted = false and d.path like :path order by p.code", Project.class)
                .setParameter("path", user.orgPath() + "%")
                .getResultList().stream().map(ProjectService::toSummary).toList());
    }

    public ProjectSummary get(UserSession user, UUID id) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> toSummary(visible(s, user, id, Permission.PROJECT_VIEW)));
    }

    public ProjectSummary findByCode(UserSession user, String code) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project p = s.createSelectionQuery("from Project where code = :c and deleted = false", Project.class)
                    .setParameter("c", code).uniqueResultOptional()
                    .orElseThrow(() -> new NotFoundException("project " + code));
            AccessPolicy.requireInScope(user, Permission.PROJECT_VIEW, p.getDepartment().getPath(), p.getCode());
            return toSummary(p);
        });
    }

    public ProjectSummary create(UserSession user, ProjectDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        ProjectDraftValidator.check(draft);
        return database.inTransaction(user.username(), s -> toSummary(createIn(s, user, draft)));
    }

    /**
     * Creates a project inside an open unit of work, with the same checks as {@link #create}; for
     * imports that write a whole plan in one transaction.
     */
    public static Project createIn(Session s, UserSession user, ProjectDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        ProjectDraftValidator.check(draft);
        OrgUnit department = department(s, user, draft.departmentId(), Permission.PROJECT_CREATE);
        String code = draft.code() == null || draft.code().isBlank()
                ? ProjectCodeAllocator.next(s, department, draft.year()) : draft.code().trim();
        requireFreeCode(s, code);
        Project project = new Project(code, department);
        apply(draft, project, department);
        project.setOwner(s.get(AppUser.class, user.userId()));
        project.setCalendar(defaultCalendar(s));
        s.persist(project);
        s.flush();
        return project;
    }

    public ProjectSummary update(UserSession user, UUID id, long expectedVersion, ProjectDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_EDIT);
        ProjectDraftValidator.check(draft);
        return database.inTransaction(user.username(), s -> {
            Project project = visible(s, user, id, Permission.PROJECT_EDIT);
            requireVersion(project, expectedVersion);
            OrgUnit department = department(s, user, draft.departmentId(), Permission.PROJECT_EDIT);
            apply(draft, project, department);
            s.flush();
            return toSummary(project);
        });
    }

    /** Hands the project to another active user (责任人), e.g. from a script: {@code projects update --owner}. */
    public ProjectSummary changeOwner(UserSession user, UUID id, String username) {
        AccessPolicy.require(user, Permission.PROJECT_EDIT);
        return database.inTransaction(user.username(), s -> {
            Project project = visible(s, user, id, Permission.PROJECT_EDIT);
            AppUser owner = s.createSelectionQuery("from AppUser where username = :u and deleted = false", AppUser.class)
                    .setParameter("u", username).uniqueResultOptional()
                    .orElseThrow(() -> ValidationException.of("owner", "validation.owner.unknown"));
            project.setOwner(owner);
            s.flush();
            return toSummary(project);
        });
    }

    public void delete(UserSession user, UUID id) {
        AccessPolicy.require(user, Permission.PROJECT_DELETE);
        database.runInTransaction(user.username(), s -> visible(s, user, id, Permission.PROJECT_DELETE).markDeleted());
    }

    public void restore(UserSession user, UUID id) {
        AccessPolicy.require(user, Permission.PROJECT_DELETE);
        database.runInTransaction(user.username(), s -> {
            Project project = s.get(Project.class, id);
            if (project == null) {
                throw new NotFoundException("project " + id);
            }
            AccessPolicy.requireInScope(user, Permission.PROJECT_DELETE, project.getDepartment().getPath(), project.getCode());
            project.restore();
        });
    }

    static Project visible(Session s, UserSession user, UUID id, Permission permission) {
        Project project = s.get(Project.class, id);
        if (project == null || project.isDeleted()) {
            throw new NotFoundException("project " + id);
        }
        AccessPolicy.requireInScope(user, permission, project.getDepartment().getPath(), project.getCode());
        return project;
    }

    static void requireVersion(Project project, long expectedVersion) {
        if (project.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Project " + project.getCode() + " was changed by "
                    + project.getUpdatedBy() + " since you opened it. Reload it and make your change again.", null);
        }
    }

    private static OrgUnit department(Session s, UserSession user, UUID departmentId, Permission permission) {
        OrgUnit department = s.get(OrgUnit.class, departmentId);
        if (department == null || department.isDeleted()) {
            throw ValidationException.of("department", "validation.department.unknown");
        }
        AccessPolicy.requireInScope(user, permission, department.getPath(), department.getName());
        return department;
    }

    private static void requireFreeCode(Session s, String code) {
        Long taken = s.createSelectionQuery("select count(*) from Project where code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
        if (taken > 0) {
            throw ValidationException.of("code", "validation.code.taken");
        }
    }

    private static WorkCalendar defaultCalendar(Session s) {
        return s.createSelectionQuery("from WorkCalendar where deleted = false order by id", WorkCalendar.class)
                .setMaxResults(1).uniqueResult();
    }

    private static void apply(ProjectDraft d, Project p, OrgUnit department) {
        p.setName(d.name().strip());
        p.setType(d.type());
        p.setDepartment(department);
        p.setYear(d.year());
        p.setFundingSources(d.fundingSources());
        p.setStage(d.stage());
        p.setStatus(d.status());
        p.setPlannedStart(d.plannedStart());
        p.setPlannedFinish(d.plannedFinish());
        p.setApprovedBudget(d.approvedBudget() == null ? null : d.approvedBudget().setScale(2));
        p.setDescription(d.description() == null || d.description().isBlank() ? null : d.description());
    }

    static ProjectSummary toSummary(Project p) {
        return new ProjectSummary(p.getId(), p.getCode(), p.getName(), p.getType(), p.getDepartment().getId(),
                p.getDepartment().getName(), p.getYear(), p.getFundingSources(), p.getStage(), p.getStatus(),
                p.getOwner() == null ? null : p.getOwner().getDisplayName(), p.getPlannedStart(),
                p.getPlannedFinish(), p.getApprovedBudget(), p.getDescription(), p.getVersion());
    }
}
