package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.store.AuditEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hibernate.Session;

/**
 * The state machine of a request, inside a caller's unit of work: the rules of whose turn it is and
 * what may follow what. Permission and scope checks are the caller's ({@link ApprovalService}); the
 * demo data drives the same engine as its users would.
 */
public final class ApprovalEngine {
    /** Working days and "today" are reckoned in China's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ApprovalEffects effects;
    private final BiConsumer<Session, AuditEvent> audit;

    /**
     * @param audit appends an approval event to the audit chain in the session's transaction (the
     *              service passes {@code Database::audit}; the captured action row is on the chain anyway)
     */
    public ApprovalEngine(ApprovalEffects effects, BiConsumer<Session, AuditEvent> audit) {
        this.effects = effects;
        this.audit = audit;
    }

    public ApprovalRequest draft(Session s, AppUser requester, Project project, RequestDraft d, Instant at) {
        RequestValidator.check(d);
        ApprovalRequest r = new ApprovalRequest(nextCode(s, project, at), d.type(), project, requester, at);
        r.describe(d.title().strip(), blankToNull(d.content()), d.amount() == null ? null : d.amount().setScale(2),
                blankToNull(d.effectData()));
        s.persist(r);
        return r;
    }

    /** Changes a draft or a rejected request before it is (re)submitted; only its requester may. */
    public void revise(Session s, ApprovalRequest r, AppUser actor, RequestDraft d) {
        requireRequester(r, actor, Permission.PROJECT_EDIT);
        requireStatus(r, RequestStatus.DRAFT, RequestStatus.REJECTED);
        RequestValidator.check(d);
        if (d.type() != r.getType() || !d.projectId().equals(r.getProject().getId())) {
            throw ValidationException.of("type", "validation.approval.fixedTypeAndProject");
        }
        r.describe(d.title().strip(), blankToNull(d.content()), d.amount() == null ? null : d.amount().setScale(2),
                blankToNull(d.effectData()));
    }

    /** Submits a draft, or resubmits a rejected request as a new round with its route resolved afresh. */
    public void submit(Session s, ApprovalRequest r, AppUser actor, Instant at) {
        requireRequester(r, actor, Permission.PROJECT_EDIT);
        requireStatus(r, RequestStatus.DRAFT, RequestStatus.REJECTED);
        effects.forType(r.getType()).ifPresent(e -> e.checkSubmittable(s, r));
        ApprovalFlow flow = DefaultFlows.flowFor(s, r.getType());
        List<ApprovalRequestStep> route = new ArrayList<>();
        int round = r.getRound() + 1;
        for (ApprovalFlowStep step : DefaultFlows.steps(s, flow)) {
            if (!step.appliesTo(r.getAmount())) {
                continue;
            }
            ApproverResolver.Resolved who = ApproverResolver.resolve(s, r.getProject().getDepartment(), r.getRequester(),
                    step.getApprovers());
            route.add(new ApprovalRequestStep(r, round, route.size(), step.getName(), step.getMode(), who.usernames(),
                    who.skipReason()));
        }
        if (route.stream().allMatch(ApprovalRequestStep::isSkipped)) {
            throw ValidationException.of("route", "validation.approval.noApprover");
        }
        r.startRound(flow.getDueWorkingDays(), at);
        route.forEach(s::persist);
        ApprovalAction submitted = act(s, r, null, ActionType.SUBMIT, actor.getUsername(), null, null, at);
        moveTo(s, r, route, -1, submitted.getSeq(), actor.getUsername(), at);
    }

    public void approve(Session s, ApprovalRequest r, AppUser actor, String opinion, LocalDate today, Instant at) {
        requireStatus(r, RequestStatus.PENDING);
        List<ApprovalRequestStep> route = route(s, r);
        ApprovalRequestStep step = route.get(r.getCurrentStep());
        String principal = turnOf(s, r, step, actor, today);
        ApprovalAction done = act(s, r, step.getStepIndex(), ActionType.APPROVE, actor.getUsername(),
                principal.equals(actor.getUsername()) ? null : principal, opinion, at);
        if (step.getMode() == ApprovalMode.ALL && !approvedBy(s, r).containsAll(step.getApprovers())) {
            return;
        }
        moveTo(s, r, route, step.getStepIndex(), done.getSeq(), actor.getUsername(), at);
    }

    /** 驳回: back to the requester, who may change the request and submit it again. */
    public void reject(Session s, ApprovalRequest r, AppUser actor, String opinion, LocalDate today, Instant at) {
        requireStatus(r, RequestStatus.PENDING);
        requireOpinion(opinion);
        ApprovalRequestStep step = route(s, r).get(r.getCurrentStep());
        String principal = turnOf(s, r, step, actor, today);
        act(s, r, step.getStepIndex(), ActionType.REJECT, actor.getUsername(),
                principal.equals(actor.getUsername()) ? null : principal, opinion, at);
        r.close(RequestStatus.REJECTED, at);
    }

    /** 退回: back to the previous step that has approvers; its approvals must be given again. */
    public void returnToPrevious(Session s, ApprovalRequest r, AppUser actor, String opinion, LocalDate today, Instant at) {
        requireStatus(r, RequestStatus.PENDING);
        requireOpinion(opinion);
        List<ApprovalRequestStep> route = route(s, r);
        ApprovalRequestStep step = route.get(r.getCurrentStep());
        String principal = turnOf(s, r, step, actor, today);
        Optional<ApprovalRequestStep> previous = route.stream()
                .filter(p -> p.getStepIndex() < step.getStepIndex() && !p.isSkipped())
                .reduce((a, b) -> b);
        if (previous.isEmpty()) {
            throw ValidationException.of("step", "validation.approval.noPreviousStep");
        }
        ApprovalAction back = act(s, r, step.getStepIndex(), ActionType.RETURN, actor.getUsername(),
                principal.equals(actor.getUsername()) ? null : principal, opinion, at);
        r.enterStep(previous.get().getStepIndex(), back.getSeq(), at);
    }

    /** 撤回: the requester takes the request back before anyone has decided on it in this round. */
    public void withdraw(Session s, ApprovalRequest r, AppUser actor, String opinion, Instant at) {
        requireRequester(r, actor, Permission.PROJECT_VIEW);
        requireStatus(r, RequestStatus.DRAFT, RequestStatus.PENDING);
        if (r.getStatus() == RequestStatus.PENDING && actions(s, r).stream()
                .anyMatch(a -> a.getRound() == r.getRound() && a.getType().isDecision())) {
            throw ValidationException.of("status", "validation.approval.alreadyDecided");
        }
        act(s, r, r.getCurrentStep(), ActionType.WITHDRAW, actor.getUsername(), null, opinion, at);
        r.close(RequestStatus.WITHDRAWN, at);
    }

    /** The approver whose place the actor takes now (themselves, or an away approver who delegated to them). */
    public Optional<String> principalFor(Session s, ApprovalRequest r, String username, LocalDate today) {
        if (r.getStatus() != RequestStatus.PENDING) {
            return Optional.empty();
        }
        ApprovalRequestStep step = route(s, r).get(r.getCurrentStep());
        List<String> waiting = waitingFor(s, r, step);
        if (waiting.contains(username)) {
            return Optional.of(username);
        }
        return delegationsTo(s, username, today).stream().map(ApprovalDelegation::getPrincipal)
                .filter(waiting::contains).findFirst();
    }

    /** Approvers of the current step who have not yet decided (all of them in ANY mode until one does). */
    List<String> waitingFor(Session s, ApprovalRequest r, ApprovalRequestStep step) {
        Set<String> done = approvedBy(s, r);
        if (step.getMode() == ApprovalMode.ANY && !done.isEmpty()) {
            return List.of();
        }
        return step.getApprovers().stream().filter(u -> !done.contains(u)).toList();
    }

    private String turnOf(Session s, ApprovalRequest r, ApprovalRequestStep step, AppUser actor, LocalDate today) {
        return principalFor(s, r, actor.getUsername(), today).orElseThrow(() ->
                new AccessDeniedException(actor.getUsername(), Permission.APPROVE, r.getCode() + " (not your turn)"));
    }

    /** Approvers who approved the current step since it was (last) entered. */
    private Set<String> approvedBy(Session s, ApprovalRequest r) {
        Set<String> done = new LinkedHashSet<>();
        for (ApprovalAction a : actions(s, r)) {
            if (a.getType() == ActionType.APPROVE && a.getSeq() > r.getStepEnteredSeq()
                    && r.getCurrentStep() != null && r.getCurrentStep().equals(a.getStepIndex())) {
                done.add(a.getApprover());
            }
        }
        return done;
    }

    /** Enters the next step with approvers after {@code from}, recording skipped ones; none left: approved. */
    private void moveTo(Session s, ApprovalRequest r, List<ApprovalRequestStep> route, int from, int enteredSeq, String actor,
                        Instant at) {
        int seq = enteredSeq;
        for (ApprovalRequestStep next : route) {
            if (next.getStepIndex() <= from) {
                continue;
            }
            if (next.isSkipped()) {
                seq = act(s, r, next.getStepIndex(), ActionType.SKIP, "system", null, next.getSkipReason(), at).getSeq();
                continue;
            }
            r.enterStep(next.getStepIndex(), seq, at);
            return;
        }
        effects.forType(r.getType()).ifPresent(e -> e.apply(s, r, actor));
        r.close(RequestStatus.APPROVED, at);
    }

    List<ApprovalRequestStep> route(Session s, ApprovalRequest r) {
        return s.createSelectionQuery("from ApprovalRequestStep where request = :r and round = :n and deleted = false "
                        + "order by stepIndex", ApprovalRequestStep.class)
                .setParameter("r", r).setParameter("n", r.getRound()).getResultList();
    }

    static List<ApprovalAction> actions(Session s, ApprovalRequest r) {
        return s.createSelectionQuery("from ApprovalAction where request = :r and deleted = false order by seq",
                ApprovalAction.class).setParameter("r", r).getResultList();
    }

    static List<ApprovalDelegation> delegationsTo(Session s, String delegate, LocalDate today) {
        return s.createSelectionQuery("from ApprovalDelegation where delegate = :d and deleted = false "
                        + "and validFrom <= :t and validUntil >= :t order by id", ApprovalDelegation.class)
                .setParameter("d", delegate).setParameter("t", today).getResultList();
    }

    private ApprovalAction act(Session s, ApprovalRequest r, Integer step, ActionType type, String actor,
                               String onBehalfOf, String opinion, Instant at) {
        ApprovalAction action = new ApprovalAction(r, r.nextSeq(), r.getRound(), step, type, actor, onBehalfOf,
                blankToNull(opinion), at);
        s.persist(action);
        audit.accept(s, new AuditEvent("APPROVAL_" + type.name(), actor, "ApprovalRequest", r.getId().toString(), null,
                "{\"code\":\"" + r.getCode() + "\",\"seq\":" + action.getSeq()
                        + (onBehalfOf == null ? "" : ",\"onBehalfOf\":\"" + onBehalfOf + "\"") + "}"));
        return action;
    }

    private static void requireRequester(ApprovalRequest r, AppUser actor, Permission permission) {
        if (!r.getRequester().getId().equals(actor.getId())) {
            throw new AccessDeniedException(actor.getUsername(), permission, r.getCode() + " (not the requester)");
        }
    }

    private static void requireStatus(ApprovalRequest r, RequestStatus... allowed) {
        for (RequestStatus status : allowed) {
            if (r.getStatus() == status) {
                return;
            }
        }
        throw ValidationException.of("status", "validation.approval.wrongStatus");
    }

    private static void requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw ValidationException.of("opinion", "validation.approval.opinionRequired");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {office}-SP{year}-{seq}: e.g. LJ-SP2026-0007; numbered per office like projects. */
    private static String nextCode(Session s, Project project, Instant at) {
        String prefix = project.getDepartment().office().getCode() + "-SP" + Year.from(at.atZone(ZONE)) + "-";
        List<String> codes = s.createSelectionQuery("select code from ApprovalRequest where code like :p", String.class)
                .setParameter("p", prefix + "%").getResultList();
        int max = 0;
        for (String code : codes) {
            try {
                max = Math.max(max, Integer.parseInt(code.substring(prefix.length())));
            } catch (NumberFormatException ignored) {
                // a code typed by hand elsewhere; it does not take part in numbering
            }
        }
        return prefix + String.format("%04d", max + 1);
    }
}
