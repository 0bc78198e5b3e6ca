package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditEvent;
import cn.projectdesk.core.store.AuditRecord;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.ApprovalService;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Printed approval forms (审批表): print one for a request the user may see, recording the print with a
 * verification code tied to the request's content and the audit chain; check a code read off paper;
 * keep users' signature images. Reads go through {@link ApprovalService}, so its visibility rules hold.
 */
public final class FormService {
    public static final String PRINT_ACTION = "FORM_PRINT";

    private final Database database;
    private final ApprovalService approvals;
    private final Clock clock;

    public FormService(Database database, ApprovalService approvals, Clock clock) {
        this.database = database;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Prints the request's form (Chinese, or English for {@code Locale.ENGLISH}); the print is audited. */
    public PrintedForm print(UserSession user, String requestCodeOrId, Locale locale) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        Path font = FormFont.resolve();
        ApprovalRequestView request = approvals.find(user, requestCodeOrId);
        List<TimelineEntry> history = approvals.history(user, request.id());
        FormContent content = new FormContent(request, project(request), history, approvals.route(user, request.id()),
                signatures(history));
        String digest = FormFingerprint.of(request, history);
        AuditRecord head = database.auditLog().head();
        String code = VerificationCode.derive(request.id(), digest, head.seq(), head.hash());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FormComposer composer = new FormComposer(locale);
        FormDocument document = composer.compose(content, code, now, user.displayName());
        ApprovalFormRenderer.Rendered rendered = new ApprovalFormRenderer(font).render(document, composer::page);
        database.runInTransaction(user.username(), s -> {
            ApprovalRequest r = s.get(ApprovalRequest.class, request.id());
            if (r.getVersion() != request.version()) {
                throw new ConcurrentEditException("The request " + request.code() + " changed while its form was "
                        + "being printed. Print it again.", null);
            }
            s.persist(new FormPrint(code, r, digest, head.seq(), head.hash(), user.username(), now, rendered.pages(),
                    history.size()));
            database.audit(s, new AuditEvent(PRINT_ACTION, user.username(), "ApprovalRequest", request.id().toString(),
                    null, "{\"code\":\"" + code + "\",\"request\":\"" + request.code() + "\",\"digest\":\"" + digest
                    + "\",\"pages\":" + rendered.pages() + "}"));
        });
        return new PrintedForm(request.code(), VerificationCode.display(code), rendered.pages(), rendered.pdf());
    }

    /** Does the paper form with this code still match the record? */
    public FormVerification verify(UserSession user, String typedCode) {
        if (user == null || !user.has(Permission.PROJECT_VIEW) && !user.has(Permission.AUDIT_VIEW)) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.AUDIT_VIEW, "forms");
        }
        String code = VerificationCode.normalize(typedCode);
        Optional<PrintRecord> found = database.read(s -> s.createSelectionQuery("from FormPrint where code = :c "
                + "and deleted = false", FormPrint.class).setParameter("c", code).uniqueResultOptional().map(PrintRecord::of));
        if (found.isEmpty()) {
            return new FormVerification(FormVerification.Outcome.UNKNOWN_CODE, VerificationCode.display(code), null,
                    null, null, 0, 0);
        }
        PrintRecord print = found.get();
        ApprovalRequestView request = approvals.get(user, print.requestId());
        List<TimelineEntry> history = approvals.history(user, request.id());
        FormVerification.Outcome outcome;
        boolean recordConsistent = code.equals(VerificationCode.derive(print.requestId(), print.digest(), print.auditSeq(),
                print.auditHash())) && database.auditLog().entry(print.auditSeq()).map(AuditRecord::hash)
                .filter(print.auditHash()::equals).isPresent();
        if (!recordConsistent) {
            outcome = FormVerification.Outcome.RECORD_ALTERED;
        } else if (!FormFingerprint.of(request, history).equals(print.digest())) {
            outcome = FormVerification.Outcome.CHANGED_SINCE_PRINTING;
        } else {
            outcome = FormVerification.Outcome.MATCHES;
        }
        return new FormVerification(outcome, VerificationCode.display(code), request, print.printedAt(),
                print.printedBy(), print.actionCount(), history.size());
    }

    /**
     * Sets the user's own signature image (PNG or JPEG, checked by {@link SignatureImage}); administrators
     * may set the signature of users within their org unit.
     */
    public void setSignature(UserSession user, String username, byte[] image) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        SignatureImage checked = SignatureImage.of(image);
        database.runInTransaction(user.username(), s -> {
            AppUser target = signer(s, user, username);
            Optional<UserSignature> existing = current(s, target);
            if (existing.isPresent()) {
                existing.get().setPng(checked.bytes());
            } else {
                s.persist(new UserSignature(target, checked.bytes()));
            }
        });
    }

    /** The signature image printed for the user, if one is set (for the preview in My account). */
    public Optional<byte[]> signature(UserSession user, String username) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> current(s, signer(s, user, username)).map(UserSignature::getPng));
    }

    /** Removes the signature image: forms printed from now on show the name only. */
    public void removeSignature(UserSession user, String username) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        database.runInTransaction(user.username(), s -> current(s, signer(s, user, username))
                .ifPresent(UserSignature::markDeleted));
    }

    /** The user themself, or someone within an administrator's scope. */
    private static AppUser signer(org.hibernate.Session s, UserSession user, String username) {
        if (!user.username().equals(username) && !user.has(Permission.ADMINISTER)) {
            throw new AccessDeniedException(user.username(), Permission.ADMINISTER, "signature of " + username);
        }
        AppUser target = s.createSelectionQuery("from AppUser where username = :u and deleted = false", AppUser.class)
                .setParameter("u", username).uniqueResultOptional()
                .orElseThrow(() -> ValidationException.of("user", "validation.approval.unknownUser"));
        if (!target.getId().equals(user.userId())) {
            AccessPolicy.requireInScope(user, Permission.ADMINISTER, target.getOrgUnit().getPath(), username);
        }
        return target;
    }

    private static Optional<UserSignature> current(org.hibernate.Session s, AppUser target) {
        return s.createSelectionQuery("from UserSignature where user = :u and deleted = false", UserSignature.class)
                .setParameter("u", target).uniqueResultOptional();
    }

    private FormProject project(ApprovalRequestView request) {
        return database.read(s -> {
            Project p = s.get(Project.class, request.projectId());
            return new FormProject(p.getCode(), p.getName(), p.getDepartment().getName(),
                    p.getDepartment().office().getName(), p.getType(), p.getYear(), p.getStage(), p.getApprovedBudget());
        });
    }

    private Map<String, byte[]> signatures(List<TimelineEntry> history) {
        Set<String> actors = history.stream().map(TimelineEntry::actor).collect(Collectors.toSet());
        if (actors.isEmpty()) {
            return Map.of();
        }
        return database.read(s -> {
            Map<String, byte[]> found = new HashMap<>();
            s.createSelectionQuery("from UserSignature sig join fetch sig.user u where u.username in :names "
                            + "and sig.deleted = false", UserSignature.class)
                    .setParameter("names", actors).getResultList()
                    .forEach(sig -> found.put(sig.getUser().getUsername(), sig.getPng()));
            return found;
        });
    }

    /** The print row as plain values, read in one session. */
    private record PrintRecord(UUID requestId, String digest, long auditSeq, String auditHash, Instant printedAt,
                               String printedBy, int actionCount) {
        static PrintRecord of(FormPrint p) {
            return new PrintRecord(p.getRequest().getId(), p.getContentDigest(), p.getAuditSeq(), p.getAuditHash(),
                    p.getPrintedAt(), p.getPrintedBy(), p.getActionCount());
        }
    }
}
