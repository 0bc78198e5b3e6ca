package cn.projectdesk.core.interop.ledger;

import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.budget.CodeEntry;
import cn.projectdesk.core.budget.CodeListKind;
import cn.projectdesk.core.budget.LineProblem;
import cn.projectdesk.core.budget.LinesRejectedException;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.io.IOException;
import java.time.Clock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Excel ledgers of a project: preview (proposed mapping, lines, row report), import (all or nothing,
 * through {@code BudgetService}, so the same rules and the same change capture apply) and export.
 */
public final class LedgerService {
    private final BudgetServices budget;
    private final ProjectService projects;
    private final RegisterImportService register;

    public LedgerService(BudgetServices budget, ProjectService projects, RegisterImportService register) {
        this.budget = budget;
        this.projects = projects;
        this.register = register;
    }

    public static LedgerService open(Database database) {
        return new LedgerService(BudgetServices.open(database, Clock.systemUTC()), new ProjectService(database),
                new RegisterImportService(database));
    }

    /** Checks a project register (项目台账) without writing anything. */
    public RegisterImportResult previewRegister(UserSession user, Path file, LedgerMapping mapping) {
        return register.importRegister(user, file, mapping, false);
    }

    /** Creates every project of the register, or none when any row has a problem. */
    public RegisterImportResult importRegister(UserSession user, Path file, LedgerMapping mapping) {
        return register.importRegister(user, file, mapping, true);
    }

    /** The sheets of a ledger file in tab order, for the wizard's sheet chooser; reads no cells. */
    public List<LedgerSheet> sheets(UserSession user, Path file) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        return StreamingWorkbookReader.sheetList(file);
    }

    /** Reads and checks the file against the project's lines and the code lists; writes nothing. */
    public LedgerImportResult preview(UserSession user, String projectCode, Path file, LedgerMapping mapping) {
        return run(user, projectCode, file, mapping, false, Set.of());
    }

    /** Imports every line of the file, or none when any row has a problem. */
    public LedgerImportResult importLedger(UserSession user, String projectCode, Path file, LedgerMapping mapping) {
        return run(user, projectCode, file, mapping, true, Set.of());
    }

    /**
     * Imports the file without the rows the user chose to leave out (Excel row numbers, e.g. the bad rows
     * of the row report); still all or nothing for the rest. {@code written} counts the lines imported.
     */
    public LedgerImportResult importLedger(UserSession user, String projectCode, Path file, LedgerMapping mapping,
                                           Set<Integer> excludedRows) {
        return run(user, projectCode, file, mapping, true, Set.copyOf(excludedRows));
    }

    private LedgerImportResult run(UserSession user, String projectCode, Path file, LedgerMapping mapping, boolean write,
                                   Set<Integer> excluded) {
        AccessPolicy.require(user, Permission.BUDGET_EDIT);
        ProjectSummary project = projects.findByCode(user, projectCode);
        List<CodeEntry> sources = budget.codes().list(user, CodeListKind.FUNDING_SOURCE);
        LedgerPreview preview = LedgerReader.read(file, mapping, project.year(), text -> resolveSource(sources, text));
        List<RowIssue> readIssues = preview.issues().stream().filter(i -> !excluded.contains(i.row())).toList();
        if (!readIssues.isEmpty()) {
            return new LedgerImportResult(project.code(), preview, readIssues, 0);
        }
        List<LedgerRow> kept = excluded.isEmpty() ? preview.rows()
                : preview.rows().stream().filter(r -> !excluded.contains(r.row())).toList();
        List<BudgetLineDraft> drafts = kept.stream().map(LedgerRow::draft).toList();
        if (!write) {
            return new LedgerImportResult(project.code(), preview, toIssues(kept, preview,
                    budget.lines().check(user, project.id(), drafts)), 0);
        }
        // no separate check before writing: importLines runs the same checks in its transaction and
        // refuses the whole batch with every problem, so checking first would only do it twice
        List<BigDecimal> adjusted = kept.stream().map(LedgerRow::adjustedAmount).toList();
        String name = file.getFileName().toString();
        List<String> origins = kept.stream().map(r -> "《" + name + "》" + preview.sheet() + "!" + r.row()).toList();
        try {
            budget.lines().importLines(user, project.id(), drafts, new ArrayList<>(adjusted), origins);
        } catch (LinesRejectedException e) {
            return new LedgerImportResult(project.code(), preview, toIssues(kept, preview, e.problems()), 0);
        }
        return new LedgerImportResult(project.code(), preview, List.of(), drafts.size());
    }

    /** Writes the project's ledger (lines, subtotals and totals as formulas) to an .xlsx file. */
    public void export(UserSession user, String projectCode, Path file) throws IOException {
        ProjectBudget ledger = budget.lines().ledgerByCode(user, projectCode);
        LedgerWriter.write(ledger, budget.contracts().contracts(user, ledger.projectId()), file);
    }

    /** Writes the department / year summary sheet. */
    public void exportSummary(UserSession user, Integer year, Path file) throws IOException {
        LedgerWriter.writeSummary(budget.lines().departmentSummary(user, year), year, file);
    }

    private static String resolveSource(List<CodeEntry> sources, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Optional<CodeEntry> hit = sources.stream().filter(CodeEntry::active)
                .filter(e -> e.code().equalsIgnoreCase(t) || e.name().equals(t)).findFirst();
        return hit.map(CodeEntry::code).orElse(null);
    }

    private static List<RowIssue> toIssues(List<LedgerRow> rows, LedgerPreview preview, List<LineProblem> problems) {
        List<RowIssue> issues = new ArrayList<>();
        for (LineProblem p : problems) {
            int row = rows.get(p.index()).row();
            issues.add(LedgerReader.issueFor(preview, row, p.field(), p.messageKey(), p.value()));
        }
        issues.sort(Comparator.comparingInt(RowIssue::row));
        return issues;
    }
}
