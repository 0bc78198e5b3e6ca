package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Contracts with their procurement record, and payments against a contract and its budget line. An
 * actual payment beyond the contract (with its supplements) or beyond the line's adjusted amount is
 * refused unless an override reason is recorded with it.
 */
public final class ContractService {
    /** 政府采购法 art. 49: supplements may add at most 10 % of the original contract. */
    public static final BigDecimal SUPPLEMENTARY_LIMIT_PERCENT = BigDecimal.TEN;

    private final Database database;

    public ContractService(Database database) {
        this.database = database;
    }

    public List<ContractRow> contracts(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project p = BudgetAccess.project(s, user, projectId, Permission.PROJECT_VIEW);
            List<Contract> all = s.createSelectionQuery("from Contract where project = :p and deleted = false order by signingDate, contractNo",
                    Contract.class).setParameter("p", p).getResultList();
            Figures f = Figures.load(s, p);
            return all.stream().map(c -> toRow(c, f)).toList();
        });
    }

    public List<PaymentRow> payments(UserSession user, UUID contractId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Contract c = BudgetAccess.contract(s, user, contractId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from Payment where contract = :c and deleted = false order by kind, date, id", Payment.class)
                    .setParameter("c", c).getResultList().stream().map(ContractService::toRow).toList();
        });
    }

    public ContractRow create(UserSession user, UUID projectId, ContractDraft d) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        String credit = checkContract(d);
        if (d.lineId() == null && d.originalId() == null) {
            throw ValidationException.of("lineId", "validation.required");
        }
        return database.inTransaction(user.username(), s -> {
            Project project = BudgetAccess.project(s, user, projectId, Permission.BUDGET_EDIT);
            Contract original = null;
            BudgetLine line;
            if (d.originalId() != null) {
                original = BudgetAccess.contract(s, user, d.originalId(), Permission.BUDGET_EDIT);
                if (!original.getProject().equals(project) || original.getOriginal() != null) {
                    throw ValidationException.of("originalId", "validation.budget.unknownContract");
                }
                line = original.getLine();
            } else {
                line = s.get(BudgetLine.class, d.lineId());
                if (line == null || line.isDeleted() || !line.getProject().equals(project)) {
                    throw ValidationException.of("lineId", "validation.budget.unknownLine");
                }
            }
            requireFreeNumber(s, project, d.contractNo().strip(), null);
            Contract c = new Contract();
            c.setProject(project);
            c.setLine(line);
            c.setOriginal(original);
            apply(c, d, credit);
            s.persist(c);
            s.flush();
            return toRow(c, Figures.load(s, project));
        });
    }

    /**
     * Changes a contract with the same checks as {@link #create}. A supplementary contract stays charged
     * to its original's line, and which contract it supplements does not change ({@code originalId} and,
     * for a supplement, {@code lineId} of the draft are ignored).
     */
    public ContractRow update(UserSession user, UUID contractId, long expectedVersion, ContractDraft d) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        String credit = checkContract(d);
        return database.inTransaction(user.username(), s -> {
            Contract c = BudgetAccess.contract(s, user, contractId, Permission.BUDGET_EDIT);
            if (c.getVersion() != expectedVersion) {
                throw new ConcurrentEditException("Contract changed by " + c.getUpdatedBy(), null);
            }
            if (c.getOriginal() == null && d.lineId() != null && !d.lineId().equals(c.getLine().getId())) {
                BudgetLine line = s.get(BudgetLine.class, d.lineId());
                if (line == null || line.isDeleted() || !line.getProject().equals(c.getProject())) {
                    throw ValidationException.of("lineId", "validation.budget.unknownLine");
                }
                if (hasPayments(s, c)) {
                    // payments carry the line they were charged to; moving the contract would split its figures
                    throw ValidationException.of("lineId", "validation.budget.contractHasPayments");
                }
                c.setLine(line);
                for (Contract supplement : supplements(s, c)) {
                    supplement.setLine(line);
                }
            }
            requireFreeNumber(s, c.getProject(), d.contractNo().strip(), c.getId());
            apply(c, d, credit);
            s.flush();
            return toRow(c, Figures.load(s, c.getProject()));
        });
    }

    /**
     * Tombstones a contract that has no payments and no supplementary contracts left (those are deleted
     * first), so no figure ever points at a deleted contract. {@link #restore} undoes it.
     */
    public void delete(UserSession user, UUID contractId) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        database.runInTransaction(user.username(), s -> {
            Contract c = BudgetAccess.contract(s, user, contractId, Permission.BUDGET_EDIT);
            if (hasPayments(s, c)) {
                throw ValidationException.of("contract", "validation.budget.contractHasPayments");
            }
            if (!supplements(s, c).isEmpty()) {
                throw ValidationException.of("contract", "validation.budget.contractHasSupplements");
            }
            c.markDeleted();
        });
    }

    /** Undoes {@link #delete}: the same contract (id, history) comes back, unless its number was reused meanwhile. */
    public ContractRow restore(UserSession user, UUID contractId) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return database.inTransaction(user.username(), s -> {
            Contract c = s.get(Contract.class, contractId);
            if (c == null) {
                throw new NotFoundException("contract " + contractId);
            }
            Project project = BudgetAccess.project(s, user, c.getProject().getId(), Permission.BUDGET_EDIT);
            if (c.isDeleted()) {
                if (c.getLine().isDeleted() || c.getOriginal() != null && c.getOriginal().isDeleted()) {
                    throw ValidationException.of("contract", "validation.budget.contractParentDeleted");
                }
                requireFreeNumber(s, project, c.getContractNo(), c.getId());
                c.restore();
            }
            s.flush();
            return toRow(c, Figures.load(s, project));
        });
    }

    /** The field checks of a contract draft, all at once; returns the normalised credit code. */
    private static String checkContract(ContractDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "contractNo", d.contractNo(), 60);
        required(errors, "title", d.title(), 300);
        required(errors, "supplierName", d.supplierName(), 200);
        if (d.method() == null) {
            errors.put("method", "validation.required");
        }
        String credit = d.supplierCreditCode() == null ? "" : d.supplierCreditCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (credit.isEmpty()) {
            errors.put("supplierCreditCode", "validation.required");
        } else if (!CreditCode.isValid(credit)) {
            errors.put("supplierCreditCode", "validation.budget.creditCode");
        }
        BudgetService.amountErrors("amount", d.amount(), errors);
        if (d.signingDate() == null) {
            errors.put("signingDate", "validation.required");
        }
        if (d.termStart() != null && d.termEnd() != null && d.termEnd().isBefore(d.termStart())) {
            errors.put("termEnd", "validation.budget.dateOrder");
        }
        if (d.procurementStart() != null && d.awardDate() != null && d.awardDate().isBefore(d.procurementStart())) {
            errors.put("awardDate", "validation.budget.dateOrder");
        }
        if (d.notes() != null && d.notes().length() > 4000) {
            errors.put("notes", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return credit;
    }

    private static void apply(Contract c, ContractDraft d, String credit) {
        c.setContractNo(d.contractNo().strip());
        c.setTitle(d.title().strip());
        c.setProcurementMethod(d.method());
        c.setProcurementStart(d.procurementStart());
        c.setAwardDate(d.awardDate());
        c.setSupplierName(d.supplierName().strip());
        c.setSupplierCreditCode(credit);
        c.setAmount(Money.yuan(d.amount()));
        c.setSigningDate(d.signingDate());
        c.setTermStart(d.termStart());
        c.setTermEnd(d.termEnd());
        c.setWarrantyEnd(d.warrantyEnd());
        c.setNotes(d.notes() == null || d.notes().isBlank() ? null : d.notes().strip());
    }

    private static void requireFreeNumber(Session s, Project project, String contractNo, UUID self) {
        Long taken = s.createSelectionQuery("select count(*) from Contract where project = :p and contractNo = :n "
                        + "and deleted = false and id <> :self", Long.class).setParameter("p", project)
                .setParameter("n", contractNo).setParameter("self", self == null ? new UUID(0, 0) : self).getSingleResult();
        if (taken > 0) {
            throw ValidationException.of("contractNo", "validation.budget.contractNoTaken");
        }
    }

    private static boolean hasPayments(Session s, Contract c) {
        return s.createSelectionQuery("select count(*) from Payment where contract = :c and deleted = false", Long.class)
                .setParameter("c", c).getSingleResult() > 0;
    }

    private static List<Contract> supplements(Session s, Contract c) {
        return s.createSelectionQuery("from Contract where original = :c and deleted = false", Contract.class)
                .setParameter("c", c).getResultList();
    }

    /** Records a planned or actual payment; see the class comment for the refusal rule. */
    public PaymentRow recordPayment(UserSession user, UUID contractId, PaymentDraft d) {
        AccessPolicy.require(user, Permission.PAY);
        checkDraft(d);
        return database.inTransaction(user.username(), s -> {
            Contract c = BudgetAccess.contract(s, user, contractId, Permission.PAY);
            PaymentRow row = toRow(pay(s, c, d));
            return new PaymentRow(row.id(), row.contractId(), row.lineId(), row.kind(), row.date(), row.amount(),
                    row.invoiceNo(), row.invoiceDate(), row.overrideReason(), row.notes(), user.username());
        });
    }

    /** The field checks of a payment draft, all at once. */
    static void checkDraft(PaymentDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (d.date() == null) {
            errors.put("date", "validation.required");
        }
        BudgetService.amountErrors("amount", d.amount(), errors);
        if (d.amount() != null && d.amount().signum() == 0) {
            errors.put("amount", "validation.budget.zeroPayment");
        }
        if (d.invoiceNo() != null && d.invoiceNo().strip().length() > 60) {
            errors.put("invoiceNo", "validation.text.tooLong");
        }
        if (d.overrideReason() != null && d.overrideReason().strip().length() > 2000) {
            errors.put("overrideReason", "validation.text.tooLong");
        }
        if (d.notes() != null && d.notes().length() > 4000) {
            errors.put("notes", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Writes a checked payment draft against the contract inside the caller's unit of work (the form, or
     * an approved 付款申请): an actual payment beyond the contract or the line needs an override reason.
     */
    static Payment pay(Session s, Contract c, PaymentDraft d) {
        checkLimits(s, c, d);
        BigDecimal amount = Money.yuan(d.amount());
        boolean override = d.overrideReason() != null && !d.overrideReason().isBlank();
        Payment p = new Payment();
        p.setContract(c);
        p.setLine(c.getLine());
        p.setKind(d.kind());
        p.setDate(d.date());
        p.setAmount(amount);
        p.setInvoiceNo(d.invoiceNo() == null || d.invoiceNo().isBlank() ? null : d.invoiceNo().strip());
        p.setInvoiceDate(d.invoiceDate());
        p.setOverrideReason(override ? d.overrideReason().strip() : null);
        p.setNotes(d.notes() == null || d.notes().isBlank() ? null : d.notes().strip());
        s.persist(p);
        s.flush();
        return p;
    }

    /** Refuses an actual payment beyond the contract (with supplements) or the line, unless it carries an override reason. */
    static void checkLimits(Session s, Contract c, PaymentDraft d) {
        BigDecimal amount = Money.yuan(d.amount());
        boolean override = d.overrideReason() != null && !d.overrideReason().isBlank();
        if (d.kind() == PaymentKind.ACTUAL && !override) {
            Contract head = c.getOriginal() == null ? c : c.getOriginal();
            Figures f = Figures.load(s, c.getProject());
            BigDecimal ceiling = f.ceiling(head);
            BigDecimal paidOnContract = f.paidFamily(head);
            if (paidOnContract.add(amount).compareTo(ceiling) > 0) {
                throw ValidationException.of("amount", "validation.payment.exceedsContract");
            }
            BudgetLine line = c.getLine();
            BigDecimal paidOnLine = line.getPaidBefore().add(f.paidOnLine.getOrDefault(line.getId(), BigDecimal.ZERO));
            if (paidOnLine.add(amount).compareTo(line.getAdjustedAmount()) > 0) {
                throw ValidationException.of("amount", "validation.payment.exceedsLine");
            }
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "validation.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.text.tooLong");
        }
    }

    /** Warnings for originals whose supplements add more than 10 %. */
    static List<BudgetWarning> supplementaryWarnings(Session s, Project project) {
        Figures f = Figures.load(s, project);
        List<BudgetWarning> warnings = new ArrayList<>();
        for (Contract c : f.contracts) {
            if (c.getOriginal() == null) {
                BigDecimal extra = f.supplements.getOrDefault(c.getId(), BigDecimal.ZERO);
                if (extra.signum() > 0 && Money.exceeds(c.getAmount().add(extra), c.getAmount(), SUPPLEMENTARY_LIMIT_PERCENT)) {
                    warnings.add(new BudgetWarning(BudgetWarning.Kind.SUPPLEMENTARY_OVER, c.getContractNo() + " " + c.getTitle(),
                            c.getAmount(), c.getAmount().add(extra), Money.percent(extra, c.getAmount())));
                }
            }
        }
        return warnings;
    }

    private static ContractRow toRow(Contract c, Figures f) {
        Contract head = c.getOriginal() == null ? c : c.getOriginal();
        BigDecimal extra = f.supplements.getOrDefault(head.getId(), BigDecimal.ZERO);
        BigDecimal share = Money.percent(extra, head.getAmount());
        boolean over = extra.signum() > 0 && Money.exceeds(head.getAmount().add(extra), head.getAmount(), SUPPLEMENTARY_LIMIT_PERCENT);
        return new ContractRow(c.getId(), c.getProject().getId(), c.getLine().getId(),
                c.getOriginal() == null ? null : c.getOriginal().getId(), c.getContractNo(), c.getTitle(),
                c.getProcurementMethod(), c.getProcurementStart(), c.getAwardDate(), c.getSupplierName(),
                c.getSupplierCreditCode(), c.getAmount(), c.getSigningDate(), c.getTermStart(), c.getTermEnd(),
                c.getWarrantyEnd(), c.getNotes(), c.getOriginal() == null ? f.ceiling(c) : c.getAmount(),
                Money.yuan(f.paid.getOrDefault(c.getId(), BigDecimal.ZERO)),
                Money.yuan(f.planned.getOrDefault(c.getId(), BigDecimal.ZERO)),
                extra.signum() == 0 ? null : share, over, c.getVersion());
    }

    private static PaymentRow toRow(Payment p) {
        return new PaymentRow(p.getId(), p.getContract().getId(), p.getLine().getId(), p.getKind(), p.getDate(),
                p.getAmount(), p.getInvoiceNo(), p.getInvoiceDate(), p.getOverrideReason(), p.getNotes(), p.getUpdatedBy());
    }

    /** Contracts of a project with payment sums per contract and per line, and supplements per original. */
    private static final class Figures {
        final List<Contract> contracts;
        final Map<UUID, BigDecimal> paid = new HashMap<>();
        final Map<UUID, BigDecimal> planned = new HashMap<>();
        final Map<UUID, BigDecimal> paidOnLine = new HashMap<>();
        final Map<UUID, BigDecimal> supplements = new HashMap<>();
        final Map<UUID, List<Contract>> family = new HashMap<>();

        private Figures(List<Contract> contracts) {
            this.contracts = contracts;
        }

        static Figures load(Session s, Project project) {
            Figures f = new Figures(s.createSelectionQuery("from Contract where project = :p and deleted = false", Contract.class)
                    .setParameter("p", project).getResultList());
            for (Contract c : f.contracts) {
                Contract head = c.getOriginal() == null ? c : c.getOriginal();
                f.family.computeIfAbsent(head.getId(), k -> new ArrayList<>()).add(c);
                if (c.getOriginal() != null) {
                    f.supplements.merge(head.getId(), c.getAmount(), BigDecimal::add);
                }
            }
            for (Object[] r : s.createSelectionQuery("select p.contract.id, p.line.id, p.kind, sum(p.amount) from Payment p "
                            + "where p.deleted = false and p.contract.project = :p group by p.contract.id, p.line.id, p.kind", Object[].class)
                    .setParameter("p", project).getResultList()) {
                BigDecimal sum = (BigDecimal) r[3];
                if (r[2] == PaymentKind.ACTUAL) {
                    f.paid.merge((UUID) r[0], sum, BigDecimal::add);
                    f.paidOnLine.merge((UUID) r[1], sum, BigDecimal::add);
                } else {
                    f.planned.merge((UUID) r[0], sum, BigDecimal::add);
                }
            }
            return f;
        }

        BigDecimal ceiling(Contract head) {
            return Money.yuan(head.getAmount().add(supplements.getOrDefault(head.getId(), BigDecimal.ZERO)));
        }

        BigDecimal paidFamily(Contract head) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Contract c : family.getOrDefault(head.getId(), List.of(head))) {
                sum = sum.add(paid.getOrDefault(c.getId(), BigDecimal.ZERO));
            }
            return sum;
        }
    }
}
