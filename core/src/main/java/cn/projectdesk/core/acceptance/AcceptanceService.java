package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.budget.Contract;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.lifecycle.Projects;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 验收: plan a preliminary or final acceptance with its checklist, draw or pick a panel from the expert
 * library (never from the supplier's organisation), record each expert's opinion and score and each
 * item's result, conclude (failed items become rectification items), and close rectifications with
 * evidence. A final acceptance cannot be concluded while any rectification item of the project is open.
 */
public final class AcceptanceService {
    private final Database database;

    public AcceptanceService(Database database) {
        this.database = database;
    }

    // ---- expert library ----

    public List<ExpertRow> experts(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> library(s).stream().map(Expert::toRow).toList());
    }

    public ExpertRow addExpert(UserSession user, String name, String field, String organisation, String title) {
        AccessPolicy.require(user, Permission.PROJECT_EDIT);
        Texts.require("name", name, 100);
        Texts.require("field", field, 100);
        Texts.require("organisation", organisation, 200);
        Texts.optional("title", title, 100);
        return database.inTransaction(user.username(), s -> {
            Expert e = new Expert(name.strip(), field.strip(), organisation.strip(), Texts.orNull(title));
            s.persist(e);
            return e.toRow();
        });
    }

    // ---- acceptance ----

    /** Plans an acceptance; the supplier defaults to that of the project's largest contract. */
    public AcceptanceView plan(UserSession user, UUID projectId, AcceptanceKind kind, LocalDate plannedOn, String supplierOrg,
                               List<String> checklist) {
        if (kind == null || plannedOn == null) {
            throw ValidationException.of(kind == null ? "kind" : "plannedOn", "validation.required");
        }
        Texts.optional("supplierOrg", supplierOrg, 200);
        if (checklist == null || checklist.isEmpty() || checklist.size() > 100) {
            throw ValidationException.of("checklist", "validation.acceptance.checklist");
        }
        checklist.forEach(c -> Texts.require("checklist", c, 500));
        return database.inTransaction(user.username(), s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_EDIT);
            String supplier = supplierOrg != null && !supplierOrg.isBlank() ? supplierOrg.strip() : largestSupplier(s, project);
            if (supplier == null) {
                throw ValidationException.of("supplierOrg", "validation.acceptance.supplierRequired");
            }
            Acceptance a = new Acceptance(project, kind, plannedOn, supplier);
            s.persist(a);
            for (int i = 0; i < checklist.size(); i++) {
                s.persist(new AcceptanceCheck(a, i + 1, checklist.get(i).strip()));
            }
            s.flush();
            return view(s, a);
        });
    }

    /** Draws {@code size} experts (field first, supplier's organisation excluded) and seats them. */
    public AcceptanceView drawPanel(UserSession user, UUID acceptanceId, int size, String field) {
        if (size < 3 || size > 15 || size % 2 == 0) {
            throw ValidationException.of("size", "validation.acceptance.panelSize");
        }
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            panel(s, a).forEach(AcceptancePanelist::markDeleted);
            List<Expert> drawn = PanelSelection.draw(library(s), a.getSupplierOrg(), field, size,
                    a.getId().getLeastSignificantBits());
            if (drawn.isEmpty()) {
                throw ValidationException.of("size", "validation.acceptance.notEnoughExperts");
            }
            drawn.forEach(e -> s.persist(new AcceptancePanelist(a, e)));
            s.flush();
            return view(s, a);
        });
    }

    /** Seats one expert by hand; refused for an expert of the supplier's organisation. */
    public AcceptanceView addPanelist(UserSession user, UUID acceptanceId, UUID expertId) {
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            Expert e = s.get(Expert.class, expertId);
            if (e == null || e.isDeleted()) {
                throw new NotFoundException("expert " + expertId);
            }
            if (PanelSelection.conflicts(e, a.getSupplierOrg())) {
                throw ValidationException.of("expert", "validation.acceptance.expertConflict");
            }
            if (panel(s, a).stream().anyMatch(p -> p.getExpert().equals(e))) {
                throw ValidationException.of("expert", "validation.acceptance.alreadyOnPanel");
            }
            s.persist(new AcceptancePanelist(a, e));
            s.flush();
            return view(s, a);
        });
    }

    public AcceptanceView recordOpinion(UserSession user, UUID acceptanceId, UUID expertId, String opinion, BigDecimal score) {
        Texts.require("opinion", opinion, 2000);
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            throw ValidationException.of("score", "validation.acceptance.score");
        }
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            AcceptancePanelist p = panel(s, a).stream().filter(x -> x.getExpert().getId().equals(expertId)).findFirst()
                    .orElseThrow(() -> ValidationException.of("expert", "validation.acceptance.notOnPanel"));
            p.record(opinion.strip(), score.setScale(2));
            s.flush();
            return view(s, a);
        });
    }

    /**
     * The experts who may still be seated on this acceptance's panel: the library less the supplier's
     * organisation (compared as {@link #addPanelist} compares) and those already seated.
     */
    public List<ExpertRow> eligibleExperts(UserSession user, UUID acceptanceId) {
        return database.read(s -> {
            Acceptance a = open(s, user, acceptanceId);
            List<Expert> seated = panel(s, a).stream().map(AcceptancePanelist::getExpert).toList();
            return library(s).stream().filter(e -> !PanelSelection.conflicts(e, a.getSupplierOrg()))
                    .filter(e -> !seated.contains(e)).map(Expert::toRow).toList();
        });
    }

    /** Takes back a panelist's recorded opinion and score (the form's undo): the panelist is unscored again. */
    public AcceptanceView clearOpinion(UserSession user, UUID acceptanceId, UUID expertId) {
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            panel(s, a).stream().filter(x -> x.getExpert().getId().equals(expertId)).findFirst()
                    .orElseThrow(() -> ValidationException.of("expert", "validation.acceptance.notOnPanel"))
                    .record(null, null);
            s.flush();
            return view(s, a);
        });
    }

    /** Takes back a checklist item's result (the form's undo): the item is unchecked again. */
    public AcceptanceView clearCheck(UserSession user, UUID acceptanceId, int itemOrder) {
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            checks(s, a).stream().filter(c -> c.getItemOrder() == itemOrder).findFirst()
                    .orElseThrow(() -> new NotFoundException("checklist item " + itemOrder))
                    .record(CheckResult.PENDING, null);
            s.flush();
            return view(s, a);
        });
    }

    public AcceptanceView recordCheck(UserSession user, UUID acceptanceId, int itemOrder, CheckResult result, String note) {
        Texts.optional("note", note, 1000);
        if (result == null || result == CheckResult.PENDING) {
            throw ValidationException.of("result", "validation.required");
        }
        if (result == CheckResult.FAIL && (note == null || note.isBlank())) {
            throw ValidationException.of("note", "validation.acceptance.failNeedsNote");
        }
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            checks(s, a).stream().filter(c -> c.getItemOrder() == itemOrder).findFirst()
                    .orElseThrow(() -> new NotFoundException("checklist item " + itemOrder))
                    .record(result, Texts.orNull(note));
            s.flush();
            return view(s, a);
        });
    }

    /**
     * Concludes: every item checked and every panelist scored; failed items become rectification items
     * (owner, due date); the outcome is 不通过 when the panel average is below 60, 整改 when items failed,
     * else 通过. A final acceptance is refused while rectification items of the project are open.
     */
    public AcceptanceView conclude(UserSession user, UUID acceptanceId, LocalDate heldOn, String conclusion,
                                   String rectificationOwner, LocalDate rectificationDue) {
        Texts.require("conclusion", conclusion, 2000);
        if (heldOn == null) {
            throw ValidationException.of("heldOn", "validation.required");
        }
        return database.inTransaction(user.username(), s -> {
            Acceptance a = open(s, user, acceptanceId);
            if (a.getKind() == AcceptanceKind.FINAL && !openRectifications(s, a.getProject()).isEmpty()) {
                throw ValidationException.of("rectifications", "validation.acceptance.openRectifications");
            }
            List<AcceptanceCheck> checks = checks(s, a);
            if (checks.stream().anyMatch(c -> c.getResult() == CheckResult.PENDING)) {
                throw ValidationException.of("checks", "validation.acceptance.uncheckedItems");
            }
            List<AcceptancePanelist> panel = panel(s, a);
            if (panel.isEmpty() || panel.stream().anyMatch(p -> p.getScore() == null)) {
                throw ValidationException.of("panel", "validation.acceptance.unscoredPanel");
            }
            List<AcceptanceCheck> failed = checks.stream().filter(c -> c.getResult() == CheckResult.FAIL).toList();
            if (!failed.isEmpty()) {
                AppUser owner = owner(s, rectificationOwner);
                if (rectificationDue == null || rectificationDue.isBefore(heldOn)) {
                    throw ValidationException.of("due", "validation.acceptance.dueDate");
                }
                failed.forEach(c -> s.persist(new Rectification(a, c, c.getDescription() + "：" + c.getNote(), owner,
                        rectificationDue)));
            }
            BigDecimal average = average(panel);
            AcceptanceOutcome outcome = average.compareTo(BigDecimal.valueOf(60)) < 0 ? AcceptanceOutcome.FAILED
                    : failed.isEmpty() ? AcceptanceOutcome.PASSED : AcceptanceOutcome.RECTIFY;
            a.concluded(heldOn, outcome, conclusion.strip());
            s.flush();
            return view(s, a);
        });
    }

    /** Closes a rectification item with the evidence of the fix (document number, inspection note). */
    public RectificationRow closeRectification(UserSession user, UUID rectificationId, String evidence, LocalDate closedOn) {
        Texts.require("evidence", evidence, 1000);
        if (closedOn == null) {
            throw ValidationException.of("closedOn", "validation.required");
        }
        return database.inTransaction(user.username(), s -> {
            Rectification r = s.get(Rectification.class, rectificationId);
            if (r == null || r.isDeleted()) {
                throw new NotFoundException("rectification " + rectificationId);
            }
            Projects.get(s, user, r.getProject().getId(), Permission.PROJECT_EDIT);
            if (!r.isOpen()) {
                throw ValidationException.of("rectification", "validation.acceptance.alreadyClosed");
            }
            r.close(evidence.strip(), closedOn, user.username());
            s.flush();
            return RectificationRow.of(r);
        });
    }

    public List<AcceptanceView> list(UserSession user, UUID projectId) {
        return database.read(s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from Acceptance where project = :p and deleted = false order by plannedOn, id",
                    Acceptance.class).setParameter("p", project).getResultList().stream().map(a -> view(s, a)).toList();
        });
    }

    /** Open rectification items in the user's scope, earliest due first (for 整改 tracking). */
    public List<RectificationRow> openRectifications(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery("from Rectification r join fetch r.project p join fetch p.department d "
                        + "where r.deleted = false and r.closedOn is null and d.path like :path order by r.dueOn", Rectification.class)
                .setParameter("path", user.orgPath() + "%").getResultList().stream().map(RectificationRow::of).toList());
    }

    static List<Rectification> openRectifications(Session s, Project project) {
        return s.createSelectionQuery("from Rectification where project = :p and deleted = false and closedOn is null",
                Rectification.class).setParameter("p", project).getResultList();
    }

    private static Acceptance open(Session s, UserSession user, UUID id) {
        Acceptance a = id == null ? null : s.get(Acceptance.class, id);
        if (a == null || a.isDeleted()) {
            throw new NotFoundException("acceptance " + id);
        }
        Projects.get(s, user, a.getProject().getId(), Permission.PROJECT_EDIT);
        if (a.getOutcome() == AcceptanceOutcome.PASSED) {
            throw ValidationException.of("acceptance", "validation.acceptance.concluded");
        }
        return a;
    }

    private static AppUser owner(Session s, String username) {
        return s.createSelectionQuery("from AppUser where username = :u and deleted = false and active = true", AppUser.class)
                .setParameter("u", username == null ? "" : username.strip()).uniqueResultOptional()
                .orElseThrow(() -> ValidationException.of("owner", "validation.approval.unknownUser"));
    }

    private static String largestSupplier(Session s, Project project) {
        return s.createSelectionQuery("from Contract where project = :p and deleted = false", Contract.class)
                .setParameter("p", project).getResultList().stream()
                .max(Comparator.comparing(Contract::getAmount)).map(Contract::getSupplierName).orElse(null);
    }

    private static List<Expert> library(Session s) {
        return s.createSelectionQuery("from Expert where deleted = false order by name", Expert.class).getResultList();
    }

    private static List<AcceptanceCheck> checks(Session s, Acceptance a) {
        return s.createSelectionQuery("from AcceptanceCheck where acceptance = :a and deleted = false order by itemOrder",
                AcceptanceCheck.class).setParameter("a", a).getResultList();
    }

    private static List<AcceptancePanelist> panel(Session s, Acceptance a) {
        return s.createSelectionQuery("from AcceptancePanelist p join fetch p.expert where p.acceptance = :a and p.deleted = false",
                AcceptancePanelist.class).setParameter("a", a).getResultList();
    }

    private static BigDecimal average(List<AcceptancePanelist> panel) {
        List<BigDecimal> scores = panel.stream().map(AcceptancePanelist::getScore).filter(Objects::nonNull).toList();
        return scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static AcceptanceView view(Session s, Acceptance a) {
        List<AcceptancePanelist> panel = panel(s, a);
        return new AcceptanceView(a.getId(), a.getProject().getId(), a.getProject().getCode(), a.getKind(), a.getPlannedOn(),
                a.getHeldOn(), a.getSupplierOrg(), a.getOutcome(), a.getConclusion(), average(panel),
                checks(s, a).stream().map(c -> new AcceptanceView.Check(c.getId(), c.getItemOrder(), c.getDescription(),
                        c.getResult(), c.getNote())).toList(),
                panel.stream().map(p -> new AcceptanceView.Panelist(p.getExpert().getId(), p.getExpert().getName(),
                        p.getExpert().getField(), p.getExpert().getOrganisation(), p.getOpinion(), p.getScore())).toList(),
                s.createSelectionQuery("from Rectification where acceptance = :a and deleted = false order by dueOn, id",
                        Rectification.class).setParameter("a", a).getResultList().stream().map(RectificationRow::of).toList());
    }
}
