package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.schedule.WorkingCalendar;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * Approval requests for users: file and submit them, decide (approve with opinion, reject to the
 * requester, return to the previous step), withdraw, delegate while away; the inboxes 待我审批, 我发起的,
 * 已办; history timelines; overdue notices; and the administrator's flow definitions. Every method checks
 * permission first; "is it my turn" is checked by {@link ApprovalEngine} in the same transaction.
 */
public final class ApprovalService {
    private final Database database;
    private final ApprovalEngine engine;
    private final Clock clock;

    public ApprovalService(Database database, ApprovalEffects effects, Clock clock) {
        this.database = database;
        this.engine = new ApprovalEngine(effects, database::audit);
        this.clock = clock;
    }

    // ---- requester ----

    /** Saves a request as a draft (草稿). */
    public ApprovalRequestView draft(UserSession user, RequestDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        RequestValidator.check(draft);
        return database.inTransaction(user.username(), s -> {
            Project project = projectFor(s, user, draft);
            ApprovalRequest r = engine.draft(s, me(s, user), project, draft, clock.instant());
            s.flush();
            return view(s, r);
        });
    }

    /** Files and submits a request in one step. */
    public ApprovalRequestView submitNew(UserSession user, RequestDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        RequestValidator.check(draft);
        return database.inTransaction(user.username(), s -> {
            Project project = projectFor(s, user, draft);
            AppUser me = me(s, user);
            Instant now = clock.instant();
            ApprovalRequest r = engine.draft(s, me, project, draft, now);
            engine.submit(s, r, me, now);
            s.flush();
            return view(s, r);
        });
    }

    /** Changes a draft or a rejected request (before submitting it again). */
    public ApprovalRequestView revise(UserSession user, UUID requestId, RequestDraft draft) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.inTransaction(user.username(), s -> {
            ApprovalRequest r = request(s, requestId);
            requireFilePermission(user, r.getType(), r.getProject());
            engine.revise(s, r, me(s, user), draft);
            s.flush();
            return view(s, r);
        });
    }

    /** Submits a draft, or resubmits a rejected request (a new round). */
    public ApprovalRequestView submit(UserSession user, UUID requestId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.inTransaction(user.username(), s -> {
            ApprovalRequest r = request(s, requestId);
            requireFilePermission(user, r.getType(), r.getProject());
            engine.submit(s, r, me(s, user), clock.instant());
            s.flush();
            return view(s, r);
        });
    }

    /** 撤回, only before the first decision. */
    public ApprovalRequestView withdraw(UserSession user, UUID requestId, String reason) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.inTransaction(user.username(), s -> {
            ApprovalRequest r = request(s, requestId);
            engine.withdraw(s, r, me(s, user), reason, clock.instant());
            s.flush();
            return view(s, r);
        });
    }

    // ---- approvers ----

    /** 同意, with the approver's opinion (审批意见); approving the last step applies the request's effect. */
    public ApprovalRequestView approve(UserSession user, UUID requestId, String opinion) {
        return decide(user, requestId, opinion, (s, r, me) -> engine.approve(s, r, me, opinion, today(), clock.instant()));
    }

    /** 驳回 to the requester; an opinion is required. */
    public ApprovalRequestView reject(UserSession user, UUID requestId, String opinion) {
        return decide(user, requestId, opinion, (s, r, me) -> engine.reject(s, r, me, opinion, today(), clock.instant()));
    }

    /** 退回 to the previous step; an opinion is required. */
    public ApprovalRequestView returnToPrevious(UserSession user, UUID requestId, String opinion) {
        return decide(user, requestId, opinion, (s, r, me) -> engine.returnToPrevious(s, r, me, opinion, today(), clock.instant()));
    }

    private interface Decision {
        void apply(Session s, ApprovalRequest r, AppUser me);
    }

    private ApprovalRequestView decide(UserSession user, UUID requestId, String opinion, Decision decision) {
        requireDecider(user);
        checkOpinionLength(opinion);
        return database.inTransaction(user.username(), s -> {
            ApprovalRequest r = request(s, requestId);
            decision.apply(s, r, me(s, user));
            s.flush();
            return view(s, r);
        });
    }

    /** While away, lets another decider take the user's steps (from..until inclusive). */
    public DelegationView delegate(UserSession user, String delegateUsername, LocalDate from, LocalDate until, String reason) {
        requireDecider(user);
        if (from == null || until == null || until.isBefore(from) || from.plusYears(1).isBefore(until)) {
            throw ValidationException.of("until", "validation.approval.delegationDates");
        }
        if (reason != null && reason.length() > 300) {
            throw ValidationException.of("reason", "validation.text.tooLong");
        }
        return database.inTransaction(user.username(), s -> {
            AppUser delegate = s.createSelectionQuery("from AppUser where username = :u and deleted = false and active = true",
                    AppUser.class).setParameter("u", delegateUsername == null ? "" : delegateUsername.strip())
                    .uniqueResultOptional()
                    .orElseThrow(() -> ValidationException.of("delegate", "validation.approval.unknownUser"));
            Set<Permission> can = delegate.getRole().effectivePermissions();
            if (delegate.getId().equals(user.userId()) || !can.contains(Permission.APPROVE) && !can.contains(Permission.PAY)) {
                throw ValidationException.of("delegate", "validation.approval.delegateNotDecider");
            }
            ApprovalDelegation d = new ApprovalDelegation(user.username(), delegate.getUsername(), from, until,
                    reason == null || reason.isBlank() ? null : reason.strip());
            s.persist(d);
            return delegationView(d);
        });
    }

    public void revokeDelegation(UserSession user, UUID delegationId) {
        requireDecider(user);
        database.runInTransaction(user.username(), s -> {
            ApprovalDelegation d = s.get(ApprovalDelegation.class, delegationId);
            if (d == null || d.isDeleted()) {
                throw new NotFoundException("delegation " + delegationId);
            }
            if (!d.getPrincipal().equals(user.username()) && !user.has(Permission.ADMINISTER)) {
                throw new AccessDeniedException(user.username(), Permission.APPROVE, "delegation of " + d.getPrincipal());
            }
            d.markDeleted();
        });
    }

    /** Delegations the user gave or received. */
    public List<DelegationView> delegations(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery("from ApprovalDelegation where deleted = false "
                        + "and (principal = :u or delegate = :u) order by validFrom", ApprovalDelegation.class)
                .setParameter("u", user.username()).getResultList().stream().map(ApprovalService::delegationView).toList());
    }

    // ---- queries ----

    /** Every request the user may see: in their org scope, or filed, routed to or decided by them. */
    public List<ApprovalRequestView> list(UserSession user) {
        return query(user, (s, r) -> true);
    }

    /** 待我审批: the current step waits for the user, or for someone away who delegated to them. */
    public List<ApprovalRequestView> pendingForMe(UserSession user) {
        LocalDate today = today();
        return query(user, (s, r) -> r.getStatus() == RequestStatus.PENDING
                && engine.principalFor(s, r, user.username(), today).isPresent());
    }

    /** 我发起的. */
    public List<ApprovalRequestView> mine(UserSession user) {
        return query(user, (s, r) -> r.getRequester().getId().equals(user.userId()));
    }

    /** 已办: requests the user approved, rejected or returned (also on someone's behalf). */
    public List<ApprovalRequestView> decidedByMe(UserSession user) {
        return query(user, (s, r) -> ApprovalEngine.actions(s, r).stream()
                .anyMatch(a -> a.getType().isDecision() && a.getActor().equals(user.username())));
    }

    public ApprovalRequestView get(UserSession user, UUID requestId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> view(s, visibleRequest(s, user, requestId)));
    }

    /** A request by its code (LJ-SP2026-0001) or id, as typed on the command line. */
    public ApprovalRequestView find(UserSession user, String codeOrId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            ApprovalRequest r = s.createSelectionQuery("from ApprovalRequest where code = :c and deleted = false",
                    ApprovalRequest.class).setParameter("c", codeOrId.strip()).uniqueResultOptional().orElse(null);
            if (r == null) {
                try {
                    r = s.get(ApprovalRequest.class, UUID.fromString(codeOrId.strip()));
                } catch (IllegalArgumentException e) {
                    throw new NotFoundException("approval request " + codeOrId);
                }
            }
            if (r == null || r.isDeleted()) {
                throw new NotFoundException("approval request " + codeOrId);
            }
            return view(s, visibleRequest(s, user, r.getId()));
        });
    }

    /** The request's history timeline, oldest first. */
    public List<TimelineEntry> history(UserSession user, UUID requestId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            ApprovalRequest r = visibleRequest(s, user, requestId);
            Map<String, String> stepNames = new HashMap<>();
            s.createSelectionQuery("from ApprovalRequestStep where request = :r and deleted = false", ApprovalRequestStep.class)
                    .setParameter("r", r).getResultList()
                    .forEach(st -> stepNames.put(st.getRound() + ":" + st.getStepIndex(), st.getName()));
            Map<String, String> names = displayNames(s);
            return ApprovalEngine.actions(s, r).stream().map(a -> new TimelineEntry(a.getSeq(), a.getRound(), a.getActedAt(),
                    a.getType(), a.getActor(), names.getOrDefault(a.getActor(), a.getActor()), a.getOnBehalfOf(),
                    a.getOnBehalfOf() == null ? null : names.getOrDefault(a.getOnBehalfOf(), a.getOnBehalfOf()),
                    a.getStepIndex(), a.getStepIndex() == null ? null : stepNames.get(a.getRound() + ":" + a.getStepIndex()),
                    a.getOpinion())).toList();
        });
    }

    /** The current round's route: each step's resolved approvers or why it is skipped. */
    public List<RouteStep> route(UserSession user, UUID requestId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            ApprovalRequest r = visibleRequest(s, user, requestId);
            return engine.route(s, r).stream().map(st -> new RouteStep(st.getStepIndex(), st.getName(), st.getMode(),
                    st.getApprovers(), st.getSkipReason(), Objects.equals(r.getCurrentStep(), st.getStepIndex()))).toList();
        });
    }

    /**
     * Steps that wait longer than their flow allows (default 3 working days, by the project's calendar
     * with China's holidays): those waiting for the user (or for someone who delegated to them), and the
     * user's own requests that are stuck.
     */
    public List<OverdueNotice> overdue(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        LocalDate today = today();
        return database.read(s -> {
            List<OverdueNotice> notices = new ArrayList<>();
            Map<UUID, WorkingCalendar> calendars = new HashMap<>();
            for (ApprovalRequest r : visibleRequests(s, user)) {
                if (r.getStatus() != RequestStatus.PENDING || r.getStepSince() == null) {
                    continue;
                }
                boolean mine = r.getRequester().getId().equals(user.userId())
                        || engine.principalFor(s, r, user.username(), today).isPresent();
                if (!mine) {
                    continue;
                }
                Project p = r.getProject();
                WorkingCalendar calendar = calendars.computeIfAbsent(p.getId(), id -> ProjectScheduling.calendar(s, p));
                LocalDate since = r.getStepSince().atZone(ApprovalEngine.ZONE).toLocalDate();
                int waiting = calendar.workingDaysBetween(since, today);
                if (waiting > r.getDueWorkingDays()) {
                    ApprovalRequestStep step = engine.route(s, r).get(r.getCurrentStep());
                    notices.add(new OverdueNotice(r.getId(), r.getCode(), r.getType(), p.getCode(), r.getTitle(),
                            step.getName(), engine.waitingFor(s, r, step), since, waiting, r.getDueWorkingDays()));
                }
            }
            notices.sort(Comparator.comparing(OverdueNotice::since).thenComparing(OverdueNotice::code));
            return notices;
        });
    }

    // ---- flow definitions (administrator) ----

    /** The flow of every request type (defaults where the administrator has not set one yet). */
    public List<FlowDefinition> flows(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            List<FlowDefinition> all = new ArrayList<>();
            for (RequestType type : RequestType.values()) {
                ApprovalFlow flow = s.createSelectionQuery("from ApprovalFlow where requestType = :t and deleted = false "
                        + "order by id", ApprovalFlow.class).setParameter("t", type).setMaxResults(1).uniqueResult();
                all.add(flow == null ? DefaultFlows.of(type) : definition(s, flow));
            }
            return all;
        });
    }

    /**
     * Checks a flow exactly as {@link #saveFlow} would, without saving it: the flow editor shows the
     * problems (field to message key, e.g. {@code steps[1].approvers}) while the administrator edits.
     */
    public void validateFlow(UserSession user, FlowDefinition definition) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        FlowValidator.check(definition);
        database.read(s -> {
            FlowValidator.checkReferences(s, definition);
            return null;
        });
    }

    /** Replaces the flow of a type; requests already submitted keep the route they were given. */
    public FlowDefinition saveFlow(UserSession user, FlowDefinition definition) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        FlowValidator.check(definition);
        return database.inTransaction(user.username(), s -> {
            FlowValidator.checkReferences(s, definition);
            ApprovalFlow flow = DefaultFlows.flowFor(s, definition.type());
            flow.setName(definition.name().strip());
            flow.setDueWorkingDays(definition.dueWorkingDays());
            DefaultFlows.steps(s, flow).forEach(ApprovalFlowStep::markDeleted);
            s.flush();
            DefaultFlows.persistSteps(s, flow, definition.steps());
            s.flush();
            return definition(s, flow);
        });
    }

    // ---- helpers ----

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ApprovalEngine.ZONE);
    }

    private static void requireDecider(UserSession user) {
        if (user == null || !user.has(Permission.APPROVE) && !user.has(Permission.PAY)) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.APPROVE, null);
        }
    }

    private static void checkOpinionLength(String opinion) {
        if (opinion != null && opinion.length() > 2000) {
            throw ValidationException.of("opinion", "validation.text.tooLong");
        }
    }

    private static void requireFilePermission(UserSession user, RequestType type, Project project) {
        Permission needed = type == RequestType.BUDGET_ADJUSTMENT || type == RequestType.PAYMENT
                ? Permission.BUDGET_EDIT : Permission.PROJECT_EDIT;
        AccessPolicy.requireInScope(user, needed, project.getDepartment().getPath(), project.getCode());
    }

    private static Project projectFor(Session s, UserSession user, RequestDraft draft) {
        Project project = s.get(Project.class, draft.projectId());
        if (project == null || project.isDeleted()) {
            throw ValidationException.of("project", "validation.approval.unknownProject");
        }
        requireFilePermission(user, draft.type(), project);
        return project;
    }

    private static AppUser me(Session s, UserSession user) {
        return s.get(AppUser.class, user.userId());
    }

    private static ApprovalRequest request(Session s, UUID id) {
        ApprovalRequest r = s.get(ApprovalRequest.class, id);
        if (r == null || r.isDeleted()) {
            throw new NotFoundException("approval request " + id);
        }
        return r;
    }

    private List<ApprovalRequestView> query(UserSession user, java.util.function.BiPredicate<Session, ApprovalRequest> filter) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Predicate<ApprovalRequest> keep = r -> filter.test(s, r);
            return visibleRequests(s, user).stream().filter(keep).map(r -> view(s, r)).toList();
        });
    }

    private List<ApprovalRequest> visibleRequests(Session s, UserSession user) {
        List<ApprovalRequest> all = s.createSelectionQuery("from ApprovalRequest r join fetch r.project p "
                + "join fetch p.department join fetch r.requester where r.deleted = false order by r.createdAt desc, r.code desc",
                ApprovalRequest.class).getResultList();
        return all.stream().filter(r -> canSee(s, user, r)).toList();
    }

    private ApprovalRequest visibleRequest(Session s, UserSession user, UUID id) {
        ApprovalRequest r = request(s, id);
        if (!canSee(s, user, r)) {
            throw new AccessDeniedException(user.username(), Permission.PROJECT_VIEW, r.getCode());
        }
        return r;
    }

    private static boolean canSee(Session s, UserSession user, ApprovalRequest r) {
        if (user.covers(r.getProject().getDepartment().getPath()) || r.getRequester().getId().equals(user.userId())) {
            return true;
        }
        boolean routed = s.createSelectionQuery("select count(*) from ApprovalRequestStep where request = :r "
                        + "and deleted = false and (approvers = :u or approvers like :first or approvers like :middle "
                        + "or approvers like :last)", Long.class)
                .setParameter("r", r).setParameter("u", user.username()).setParameter("first", user.username() + ",%")
                .setParameter("middle", "%," + user.username() + ",%").setParameter("last", "%," + user.username())
                .getSingleResult() > 0;
        return routed || s.createSelectionQuery("select count(*) from ApprovalAction where request = :r and actor = :u",
                Long.class).setParameter("r", r).setParameter("u", user.username()).getSingleResult() > 0;
    }

    private ApprovalRequestView view(Session s, ApprovalRequest r) {
        String stepName = null;
        List<String> waiting = List.of();
        if (r.getStatus() == RequestStatus.PENDING && r.getCurrentStep() != null) {
            ApprovalRequestStep step = engine.route(s, r).get(r.getCurrentStep());
            stepName = step.getName();
            waiting = engine.waitingFor(s, r, step);
        }
        Project p = r.getProject();
        return new ApprovalRequestView(r.getId(), r.getCode(), r.getType(), p.getId(), p.getCode(), p.getName(),
                r.getTitle(), r.getContent(), r.getAmount(), r.getStatus(), r.getRequester().getUsername(),
                r.getRequester().getDisplayName(), r.getRound(), r.getCurrentStep(), stepName, waiting, r.getCreatedAt(),
                r.getSubmittedAt(), r.getStepSince(), r.getClosedAt(), r.getVersion());
    }

    private static FlowDefinition definition(Session s, ApprovalFlow flow) {
        return new FlowDefinition(flow.getRequestType(), flow.getName(), flow.getDueWorkingDays(),
                DefaultFlows.steps(s, flow).stream().map(st -> new FlowStepDefinition(st.getName(), st.getMode(),
                        st.getApprovers(), st.getMinAmount())).toList());
    }

    private static Map<String, String> displayNames(Session s) {
        Map<String, String> names = new HashMap<>();
        s.createSelectionQuery("from AppUser", AppUser.class).getResultList()
                .forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        return names;
    }

    private static DelegationView delegationView(ApprovalDelegation d) {
        return new DelegationView(d.getId(), d.getPrincipal(), d.getDelegate(), d.getValidFrom(), d.getValidUntil(),
                d.getReason());
    }
}
