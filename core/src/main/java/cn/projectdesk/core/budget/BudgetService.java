package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Budget lines, their adjustments and the figures and warnings computed from lines, contracts and
 * payments. Records in, records out: a sheet edits {@link BudgetLineDraft}s and shows {@link ProjectBudget}.
 */
public final class BudgetService {
    /** Local setting: the overspend warning threshold in percent (default 10). */
    public static final String THRESHOLD_SETTING = "budget.warningThresholdPercent";
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;
    private static final int MAX_ITEM = 300;
    private static final int MAX_NOTES = 4000;
    private static final int MAX_REASON = 2000;
    private static final int BULK = 1000;

    private final Database database;
    private final Clock clock;

    public BudgetService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    // ---- settings ----

    public BigDecimal thresholdPercent() {
        return database.settings().get(THRESHOLD_SETTING).map(BigDecimal::new).orElse(DEFAULT_THRESHOLD);
    }

    public void setThresholdPercent(UserSession user, BigDecimal percent) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ValidationException.of("threshold", "validation.percent.range");
        }
        database.settings().put(THRESHOLD_SETTING, percent.stripTrailingZeros().toPlainString());
    }

    // ---- reading ----

    public ProjectBudget ledger(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> assemble(s, BudgetAccess.project(s, user, projectId, Permission.PROJECT_VIEW)));
    }

    public ProjectBudget ledgerByCode(UserSession user, String projectCode) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> assemble(s, BudgetAccess.projectByCode(s, user, projectCode, Permission.PROJECT_VIEW)));
    }

    /** Figures per department and year over every project the user may see; year null for all years. */
    public List<DepartmentYearFigures> departmentSummary(UserSession user, Integer year) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            var query = s.createSelectionQuery("select l from BudgetLine l join fetch l.project p "
                            + "join fetch p.department d where l.deleted = false and p.deleted = false and d.path like :path "
                            + (year == null ? "" : "and l.year = :y "), BudgetLine.class)
                    .setParameter("path", user.orgPath() + "%");
            if (year != null) {
                query.setParameter("y", year);
            }
            List<BudgetLine> lines = query.getResultList();
            Aggregates agg = Aggregates.load(s, lines.stream().map(l -> l.getProject().getId()).distinct().toList());
            Map<String, List<BudgetLine>> groups = new TreeMap<>();
            for (BudgetLine l : lines) {
                OrgUnit d = l.getProject().getDepartment();
                groups.computeIfAbsent(d.getPath() + "\u0000" + l.getYear(), k -> new ArrayList<>()).add(l);
            }
            List<DepartmentYearFigures> rows = new ArrayList<>();
            for (List<BudgetLine> group : groups.values()) {
                BudgetFigures f = BudgetFigures.NONE;
                for (BudgetLine l : group) {
                    f = f.plus(agg.figures(l));
                }
                OrgUnit d = group.get(0).getProject().getDepartment();
                rows.add(new DepartmentYearFigures(d.getCode(), d.getName(), group.get(0).getYear(),
                        (int) group.stream().map(l -> l.getProject().getId()).distinct().count(), group.size(), f));
            }
            return rows;
        });
    }

    public List<AdjustmentRow> adjustments(UserSession user, UUID lineId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            BudgetAccess.line(s, user, lineId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from BudgetAdjustment where line.id = :l and deleted = false order by requestedAt, id",
                    BudgetAdjustment.class).setParameter("l", lineId).getResultList().stream().map(BudgetService::toRow).toList();
        });
    }

    // ---- lines ----

    /** Problems the lines would meet if added to the project now (for a preview); writes nothing. */
    public List<LineProblem> check(UserSession user, UUID projectId, List<BudgetLineDraft> drafts) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return database.read(s -> validate(s, BudgetAccess.project(s, user, projectId, Permission.BUDGET_EDIT), drafts, null));
    }

    public BudgetLineRow addLine(UserSession user, UUID projectId, BudgetLineDraft draft) {
        try {
            return addLines(user, projectId, List.of(draft)).get(0);
        } catch (LinesRejectedException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            throw new ValidationException(errors);
        }
    }

    /** Adds all the lines or, with any problem, none; {@link LinesRejectedException} lists every problem. */
    public List<BudgetLineRow> addLines(UserSession user, UUID projectId, List<BudgetLineDraft> drafts) {
        return importLines(user, projectId, drafts, null, null);
    }

    /**
     * Adds lines taken over from an existing ledger, all or none. Where {@code adjustedAmounts} has a
     * value other than the approved amount, the line carries it and its history shows an adjustment
     * {@code APPROVED} outside ProjectDesk, with {@code source} (file and row) as the reason.
     */
    public List<BudgetLineRow> importLines(UserSession user, UUID projectId, List<BudgetLineDraft> drafts,
                                           List<BigDecimal> adjustedAmounts, List<String> sources) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        List<LineProblem> amountProblems = new ArrayList<>();
        for (int i = 0; adjustedAmounts != null && i < adjustedAmounts.size(); i++) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (adjustedAmounts.get(i) != null) {
                amountErrors("adjustedAmount", adjustedAmounts.get(i), errors);
            }
            int index = i;
            errors.forEach((f, k) -> amountProblems.add(new LineProblem(index, f, k, adjustedAmounts.get(index).toPlainString())));
        }
        return database.inTransaction(user.username(), s -> {
            Project project = BudgetAccess.project(s, user, projectId, Permission.BUDGET_EDIT);
            CodeLists codes = CodeListService.snapshot(s);
            List<LineProblem> problems = new ArrayList<>(validate(s, project, drafts, null, codes));
            problems.addAll(amountProblems);
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(LineProblem::index));
                throw new LinesRejectedException(problems);
            }
            List<BudgetLine> created = new ArrayList<>();
            // adjustments are persisted after their chunk's lines: interleaved, every adjustment would cut
            // Hibernate's JDBC batch of line inserts short (ADR 28)
            List<BudgetAdjustment> adjustments = new ArrayList<>();
            Project current = project;
            int n = 0;
            for (int i = 0; i < drafts.size(); i++) {
                BudgetLineDraft d = drafts.get(i);
                BudgetLine line = new BudgetLine();
                line.setProject(current);
                apply(s, line, d, codes);
                line.setApprovedAmount(Money.yuan(d.approvedAmount()));
                BigDecimal adjusted = adjustedAmounts == null ? null : adjustedAmounts.get(i);
                boolean adjust = adjusted != null && Money.yuan(adjusted).compareTo(line.getApprovedAmount()) != 0;
                line.setAdjustedAmount(adjust ? Money.yuan(adjusted) : line.getApprovedAmount());
                s.persist(line);
                if (adjust) {
                    BudgetAdjustment a = new BudgetAdjustment();
                    a.setLine(line);
                    a.setAmountBefore(line.getApprovedAmount());
                    a.setNewAmount(Money.yuan(adjusted));
                    String why = sources == null ? "" : sources.get(i);
                    a.setReason(("台账导入的调整 / adjustment taken over from the ledger " + why).strip());
                    a.setStatus(AdjustmentStatus.APPROVED);
                    a.setRequestedBy(user.username());
                    a.setRequestedAt(clock.instant());
                    a.setDecidedBy(user.username());
                    a.setDecidedAt(clock.instant());
                    a.setDecisionNote("imported");
                    adjustments.add(a);
                }
                if (drafts.size() <= BULK) {
                    created.add(line);
                }
                if (++n % BULK == 0) {
                    adjustments.forEach(s::persist);
                    adjustments.clear();
                    // keep the persistence context small: dirty checking at each flush is linear in its size
                    s.flush();
                    s.clear();
                    current = s.getReference(Project.class, projectId);
                }
            }
            adjustments.forEach(s::persist);
            s.flush();
            if (drafts.size() > BULK) {
                return List.<BudgetLineRow>of(); // bulk: the caller reads the ledger if it needs rows
            }
            Aggregates agg = Aggregates.empty();
            BigDecimal t = thresholdPercent();
            return created.stream().map(l -> toRow(l, agg, codes, t)).toList();
        });
    }

    /**
     * Changes a line's classification, item, notes and task link. The approved amount changes here only
     * while no adjustment was approved; afterwards only through {@link #requestAdjustment}.
     */
    public BudgetLineRow updateLine(UserSession user, UUID lineId, long expectedVersion, BudgetLineDraft draft) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return database.inTransaction(user.username(), s -> {
            BudgetLine line = BudgetAccess.line(s, user, lineId, Permission.BUDGET_EDIT);
            if (line.getVersion() != expectedVersion) {
                throw new ConcurrentEditException("Budget line changed by " + line.getUpdatedBy(), null);
            }
            CodeLists codes = CodeListService.snapshot(s);
            List<LineProblem> problems = validate(s, line.getProject(), List.of(draft), line.getId(), codes);
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            boolean amountChanged = Money.yuan(draft.approvedAmount()).compareTo(line.getApprovedAmount()) != 0;
            if (amountChanged && hasApprovedAdjustment(s, line)) {
                errors.putIfAbsent("approvedAmount", "validation.budget.useAdjustment");
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            apply(s, line, draft, codes);
            if (amountChanged) {
                line.setApprovedAmount(Money.yuan(draft.approvedAmount()));
                line.setAdjustedAmount(Money.yuan(draft.approvedAmount()));
            }
            s.flush();
            return toRow(line, Aggregates.load(s, List.of(line.getProject().getId())), codes, thresholdPercent());
        });
    }

    /** One line edit of a batch: which line, the version the editor saw, and the line as it should be. */
    public record LineEdit(UUID lineId, long expectedVersion, BudgetLineDraft draft) {
    }

    /**
     * Applies several line edits in one transaction (a paste of a cell range): all of them or, with any
     * problem, none; {@link LinesRejectedException} lists every problem with the index of its edit.
     */
    public List<BudgetLineRow> updateLines(UserSession user, List<LineEdit> edits) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return database.inTransaction(user.username(), s -> {
            CodeLists codes = CodeListService.snapshot(s);
            List<LineProblem> problems = new ArrayList<>();
            List<BudgetLine> lines = new ArrayList<>(edits.size());
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < edits.size(); i++) {
                LineEdit e = edits.get(i);
                BudgetLine line = BudgetAccess.line(s, user, e.lineId(), Permission.BUDGET_EDIT);
                if (line.getVersion() != e.expectedVersion()) {
                    throw new ConcurrentEditException("Budget line changed by " + line.getUpdatedBy(), null);
                }
                lines.add(line);
                int index = i;
                for (LineProblem p : validate(s, line.getProject(), List.of(e.draft()), line.getId(), codes)) {
                    problems.add(new LineProblem(index, p.field(), p.messageKey(), p.value()));
                }
                BudgetLineDraft d = e.draft();
                boolean amountChanged = d.approvedAmount() != null
                        && Money.yuan(d.approvedAmount()).compareTo(line.getApprovedAmount()) != 0;
                if (amountChanged && hasApprovedAdjustment(s, line)) {
                    problems.add(new LineProblem(index, "approvedAmount", "validation.budget.useAdjustment",
                            d.approvedAmount().toPlainString()));
                }
                // two edited lines may collide with each other, not only with the stored ones
                if (d.fundingSource() != null && d.economicCode() != null && problems.stream().noneMatch(p -> p.index() == index)) {
                    String k = key(codes.resolve(CodeListKind.FUNDING_SOURCE, d.fundingSource()).orElseThrow().code(),
                            codes.resolve(CodeListKind.ECONOMIC_CLASS, d.economicCode()).orElseThrow().code(), d.year(), d.item());
                    if (!keys.add(line.getProject().getId() + k)) {
                        problems.add(new LineProblem(index, "item", "validation.budget.duplicateLine", String.valueOf(d.item())));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new LinesRejectedException(problems);
            }
            for (int i = 0; i < edits.size(); i++) {
                BudgetLine line = lines.get(i);
                BudgetLineDraft d = edits.get(i).draft();
                apply(s, line, d, codes);
                if (Money.yuan(d.approvedAmount()).compareTo(line.getApprovedAmount()) != 0) {
                    line.setApprovedAmount(Money.yuan(d.approvedAmount()));
                    line.setAdjustedAmount(Money.yuan(d.approvedAmount()));
                }
            }
            s.flush();
            Aggregates agg = Aggregates.load(s, lines.stream().map(l -> l.getProject().getId()).distinct().toList());
            BigDecimal threshold = thresholdPercent();
            return lines.stream().map(l -> toRow(l, agg, codes, threshold)).toList();
        });
    }

    /** Tombstones a line that no contract is charged to. */
    public void deleteLine(UserSession user, UUID lineId) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        database.runInTransaction(user.username(), s -> {
            BudgetLine line = BudgetAccess.line(s, user, lineId, Permission.BUDGET_EDIT);
            Long contracts = s.createSelectionQuery("select count(*) from Contract where line = :l and deleted = false", Long.class)
                    .setParameter("l", line).getSingleResult();
            if (contracts > 0) {
                throw ValidationException.of("line", "validation.budget.lineHasContracts");
            }
            line.markDeleted();
        });
    }

    /** Undoes {@link #deleteLine}: the same line (same id, history and figures) comes back. */
    public BudgetLineRow restoreLine(UserSession user, UUID lineId) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return database.inTransaction(user.username(), s -> {
            BudgetLine line = s.get(BudgetLine.class, lineId);
            if (line == null) {
                throw new NotFoundException("budget line " + lineId);
            }
            Project project = BudgetAccess.project(s, user, line.getProject().getId(), Permission.BUDGET_EDIT);
            if (line.isDeleted()) {
                CodeLists codes = CodeListService.snapshot(s);
                BudgetLineDraft again = new BudgetLineDraft(line.getFundingSource(), line.getEconomicCode(), line.getYear(),
                        line.getItem(), line.getApprovedAmount(), line.getPaidBefore(), null, line.getNotes());
                List<LineProblem> problems = validate(s, project, List.of(again), line.getId(), codes).stream()
                        .filter(p -> p.messageKey().equals("validation.budget.duplicateLine")).toList();
                if (!problems.isEmpty()) {
                    throw ValidationException.of("item", "validation.budget.duplicateLine");
                }
                line.restore();
            }
            s.flush();
            return toRow(line, Aggregates.load(s, List.of(project.getId())), CodeListService.snapshot(s), thresholdPercent());
        });
    }

    // ---- adjustments ----

    public AdjustmentRow requestAdjustment(UserSession user, UUID lineId, BigDecimal newAmount, String reason) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        amountErrors("newAmount", newAmount, errors);
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "validation.budget.reasonRequired");
        } else if (reason.strip().length() > MAX_REASON) {
            errors.put("reason", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(user.username(), s -> {
            BudgetLine line = BudgetAccess.line(s, user, lineId, Permission.BUDGET_EDIT);
            Long open = s.createSelectionQuery("select count(*) from BudgetAdjustment where line = :l and status = :st and deleted = false",
                    Long.class).setParameter("l", line).setParameter("st", AdjustmentStatus.REQUESTED).getSingleResult();
            if (open > 0) {
                throw ValidationException.of("line", "validation.budget.adjustmentPending");
            }
            BudgetAdjustment a = new BudgetAdjustment();
            a.setLine(line);
            a.setAmountBefore(line.getAdjustedAmount());
            a.setNewAmount(Money.yuan(newAmount));
            a.setReason(reason.strip());
            a.setStatus(AdjustmentStatus.REQUESTED);
            a.setRequestedBy(user.username());
            a.setRequestedAt(clock.instant());
            s.persist(a);
            s.flush();
            return toRow(a);
        });
    }

    /**
     * Approves or rejects a pending adjustment (until the approval workflow exists: the APPROVE permission,
     * and not by the person who asked). Approval sets the line's adjusted amount.
     */
    public AdjustmentRow decideAdjustment(UserSession user, UUID adjustmentId, boolean approve, String note) {
        AccessPolicy.require(user, Permission.APPROVE);
        return database.inTransaction(user.username(), s -> {
            BudgetAdjustment a = s.get(BudgetAdjustment.class, adjustmentId);
            if (a == null || a.isDeleted()) {
                throw new NotFoundException("budget adjustment " + adjustmentId);
            }
            BudgetLine line = BudgetAccess.line(s, user, a.getLine().getId(), Permission.APPROVE);
            if (a.getStatus() != AdjustmentStatus.REQUESTED) {
                throw ValidationException.of("adjustment", "validation.budget.adjustmentDecided");
            }
            if (a.getRequestedBy().equals(user.username())) {
                throw ValidationException.of("adjustment", "validation.budget.ownRequest");
            }
            if (note != null && note.strip().length() > MAX_REASON) {
                throw ValidationException.of("note", "validation.text.tooLong");
            }
            a.setStatus(approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED);
            a.setDecidedBy(user.username());
            a.setDecidedAt(clock.instant());
            a.setDecisionNote(note == null || note.isBlank() ? null : note.strip());
            if (approve) {
                a.setAmountBefore(line.getAdjustedAmount());
                line.setAdjustedAmount(a.getNewAmount());
            }
            s.flush();
            return toRow(a);
        });
    }

    // ---- internals ----

    private static boolean hasApprovedAdjustment(Session s, BudgetLine line) {
        return s.createSelectionQuery("select count(*) from BudgetAdjustment where line = :l and status = :st and deleted = false",
                Long.class).setParameter("l", line).setParameter("st", AdjustmentStatus.APPROVED).getSingleResult() > 0;
    }

    private static void apply(Session s, BudgetLine line, BudgetLineDraft d, CodeLists codes) {
        line.setFundingSource(codes.resolve(CodeListKind.FUNDING_SOURCE, d.fundingSource()).orElseThrow().code());
        line.setEconomicCode(codes.resolve(CodeListKind.ECONOMIC_CLASS, d.economicCode()).orElseThrow().code());
        line.setYear(d.year());
        line.setItem(blankToNull(d.item()));
        line.setPaidBefore(Money.yuan(d.paidBefore()));
        line.setTask(d.taskId() == null ? null : s.get(Task.class, d.taskId()));
        line.setNotes(blankToNull(d.notes()));
    }

    private List<LineProblem> validate(Session s, Project project, List<BudgetLineDraft> drafts, UUID editing) {
        return validate(s, project, drafts, editing, CodeListService.snapshot(s));
    }

    private static List<LineProblem> validate(Session s, Project project, List<BudgetLineDraft> drafts, UUID editing,
                                              CodeLists codes) {
        List<LineProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (BudgetLine existing : s.createSelectionQuery("from BudgetLine where project = :p and deleted = false", BudgetLine.class)
                .setParameter("p", project).getResultList()) {
            if (!existing.getId().equals(editing)) {
                keys.add(key(existing.getFundingSource(), existing.getEconomicCode(), existing.getYear(), existing.getItem()));
            }
        }
        Map<String, java.util.Optional<CodeEntry>> sourceCache = new HashMap<>();
        Map<String, java.util.Optional<CodeEntry>> codeCache = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            BudgetLineDraft d = drafts.get(i);
            Map<String, String> errors = new LinkedHashMap<>();
            var source = sourceCache.computeIfAbsent(String.valueOf(d.fundingSource()),
                    k -> codes.resolve(CodeListKind.FUNDING_SOURCE, d.fundingSource()));
            var code = codeCache.computeIfAbsent(String.valueOf(d.economicCode()),
                    k -> codes.resolve(CodeListKind.ECONOMIC_CLASS, d.economicCode()));
            if (blank(d.fundingSource())) {
                errors.put("fundingSource", "validation.required");
            } else if (source.isEmpty()) {
                errors.put("fundingSource", "validation.budget.unknownFundingSource");
            }
            if (blank(d.economicCode())) {
                errors.put("economicCode", "validation.required");
            } else if (code.isEmpty()) {
                errors.put("economicCode", "validation.budget.unknownEconomicCode");
            }
            if (d.year() < 2000 || d.year() > 2100) {
                errors.put("year", "validation.year.range");
            }
            amountErrors("approvedAmount", d.approvedAmount(), errors);
            if (d.paidBefore() != null) {
                amountErrors("paidBefore", d.paidBefore(), errors);
            }
            if (d.item() != null && d.item().strip().length() > MAX_ITEM) {
                errors.put("item", "validation.text.tooLong");
            }
            if (d.notes() != null && d.notes().length() > MAX_NOTES) {
                errors.put("notes", "validation.text.tooLong");
            }
            if (d.taskId() != null) {
                Task task = s.get(Task.class, d.taskId());
                if (task == null || task.isDeleted() || !task.getProject().getId().equals(project.getId())) {
                    errors.put("taskId", "validation.budget.unknownTask");
                }
            }
            if (source.isPresent() && code.isPresent() && errors.isEmpty()
                    && !keys.add(key(source.get().code(), code.get().code(), d.year(), d.item()))) {
                errors.put("item", "validation.budget.duplicateLine");
            }
            int index = i;
            errors.forEach((field, messageKey) -> problems.add(new LineProblem(index, field, messageKey, valueOf(d, field))));
        }
        return problems;
    }

    private static String valueOf(BudgetLineDraft d, String field) {
        Object v = switch (field) {
            case "fundingSource" -> d.fundingSource();
            case "economicCode" -> d.economicCode();
            case "year" -> d.year();
            case "approvedAmount" -> d.approvedAmount() == null ? null : d.approvedAmount().toPlainString();
            case "paidBefore" -> d.paidBefore() == null ? null : d.paidBefore().toPlainString();
            case "item" -> d.item();
            case "taskId" -> d.taskId();
            default -> null;
        };
        return v == null ? "" : v.toString();
    }

    static void amountErrors(String field, BigDecimal amount, Map<String, String> errors) {
        if (amount == null) {
            errors.put(field, "validation.required");
        } else if (amount.signum() < 0) {
            errors.put(field, "validation.budget.negativeAmount");
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            errors.put(field, "validation.budget.amountCents");
        } else if (amount.compareTo(Money.MAX) > 0) {
            errors.put(field, "validation.budget.amountTooLarge");
        }
    }

    static String key(String source, String code, int year, String item) {
        return source + "|" + code + "|" + year + "|" + (item == null ? "" : item.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    ProjectBudget assemble(Session s, Project project) {
        CodeLists codes = CodeListService.snapshot(s);
        BigDecimal threshold = thresholdPercent();
        List<BudgetLine> lines = new ArrayList<>(s.createSelectionQuery("from BudgetLine where project = :p and deleted = false",
                BudgetLine.class).setParameter("p", project).getResultList());
        Map<String, Integer> sourceOrder = new HashMap<>();
        codes.entries(CodeListKind.FUNDING_SOURCE).forEach(e -> sourceOrder.put(e.code(), sourceOrder.size()));
        lines.sort(Comparator.<BudgetLine>comparingInt(l -> sourceOrder.getOrDefault(l.getFundingSource(), Integer.MAX_VALUE))
                .thenComparing(BudgetLine::getFundingSource).thenComparing(BudgetLine::getEconomicCode)
                .thenComparingInt(BudgetLine::getYear)
                .thenComparing(l -> Objects.requireNonNullElse(l.getItem(), ""))
                .thenComparing(BudgetLine::getId));
        Aggregates agg = Aggregates.load(s, List.of(project.getId()));
        List<BudgetLineRow> rows = new ArrayList<>(lines.size());
        BudgetFigures total = BudgetFigures.NONE;
        Map<String, BudgetFigures> bySource = new LinkedHashMap<>();
        List<BudgetWarning> warnings = new ArrayList<>();
        for (BudgetLine l : lines) {
            BudgetLineRow row = toRow(l, agg, codes, threshold);
            rows.add(row);
            total = total.plus(row.figures());
            bySource.merge(l.getFundingSource(), row.figures(), BudgetFigures::plus);
            warnings.addAll(row.warnings());
        }
        BigDecimal approved = project.getApprovedBudget();
        if (approved != null && approved.signum() > 0 && Money.exceeds(total.adjusted(), approved, threshold)) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.ESTIMATE_OVER_APPROVED, project.getCode(), approved,
                    total.adjusted(), Money.percent(total.adjusted().subtract(approved), approved)));
        }
        warnings.addAll(ContractService.supplementaryWarnings(s, project));
        return new ProjectBudget(project.getId(), project.getCode(), project.getName(), project.getDepartment().getName(),
                approved, List.copyOf(rows), total, bySource, List.copyOf(warnings), threshold);
    }

    static BudgetLineRow toRow(BudgetLine l, Aggregates agg, CodeLists codes, BigDecimal threshold) {
        BudgetFigures f = agg.figures(l);
        List<BudgetWarning> warnings = new ArrayList<>(2);
        String subject = subject(l, codes);
        if (Money.exceeds(f.committed(), f.adjusted(), threshold)) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.LINE_COMMITTED_OVER, subject, f.adjusted(), f.committed(),
                    Money.percent(f.committed().subtract(f.adjusted()), f.adjusted())));
        }
        if (Money.exceeds(f.paid(), f.adjusted(), threshold)) {
            warnings.add(new BudgetWarning(BudgetWarning.Kind.LINE_PAID_OVER, subject, f.adjusted(), f.paid(),
                    Money.percent(f.paid().subtract(f.adjusted()), f.adjusted())));
        }
        return new BudgetLineRow(l.getId(), l.getProject().getId(), l.getFundingSource(),
                codes.name(CodeListKind.FUNDING_SOURCE, l.getFundingSource()), l.getEconomicCode(),
                codes.name(CodeListKind.ECONOMIC_CLASS, l.getEconomicCode()), l.getYear(), l.getItem(), f,
                l.getTask() == null ? null : l.getTask().getId(), l.getNotes(), l.getVersion(), List.copyOf(warnings),
                l.getPaidBefore());
    }

    static String subject(BudgetLine l, CodeLists codes) {
        return codes.name(CodeListKind.FUNDING_SOURCE, l.getFundingSource()) + " / " + l.getEconomicCode() + " "
                + codes.name(CodeListKind.ECONOMIC_CLASS, l.getEconomicCode()) + " / " + l.getYear()
                + (l.getItem() == null ? "" : " / " + l.getItem());
    }

    static AdjustmentRow toRow(BudgetAdjustment a) {
        return new AdjustmentRow(a.getId(), a.getLine().getId(), a.getAmountBefore(), a.getNewAmount(),
                a.getNewAmount().subtract(a.getAmountBefore()), a.getReason(), a.getStatus(), a.getRequestedBy(),
                a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionNote());
    }

    /** Committed (contracts) and paid (actual payments) per line, summed in the database. */
    record Aggregates(Map<UUID, BigDecimal> committed, Map<UUID, BigDecimal> paid) {
        static Aggregates empty() {
            return new Aggregates(Map.of(), Map.of());
        }

        static Aggregates load(Session s, Collection<UUID> projectIds) {
            if (projectIds.isEmpty()) {
                return empty();
            }
            return new Aggregates(
                    sums(s, "select c.line.id, sum(c.amount) from Contract c where c.deleted = false "
                            + "and c.project.id in :ids group by c.line.id", projectIds),
                    sums(s, "select p.line.id, sum(p.amount) from Payment p where p.deleted = false "
                            + "and p.kind = cn.projectdesk.core.budget.PaymentKind.ACTUAL "
                            + "and p.contract.project.id in :ids group by p.line.id", projectIds));
        }

        private static Map<UUID, BigDecimal> sums(Session s, String hql, Collection<UUID> ids) {
            Map<UUID, BigDecimal> m = new HashMap<>();
            for (Object[] r : s.createSelectionQuery(hql, Object[].class).setParameterList("ids", ids).getResultList()) {
                m.put((UUID) r[0], (BigDecimal) r[1]);
            }
            return m;
        }

        BudgetFigures figures(BudgetLine l) {
            BigDecimal committed = this.committed.getOrDefault(l.getId(), BigDecimal.ZERO);
            BigDecimal paid = l.getPaidBefore().add(this.paid.getOrDefault(l.getId(), BigDecimal.ZERO));
            return BudgetFigures.of(l.getApprovedAmount(), l.getAdjustedAmount(), committed, paid);
        }
    }
}
