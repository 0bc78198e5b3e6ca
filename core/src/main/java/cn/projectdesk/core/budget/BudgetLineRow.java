package cn.projectdesk.core.budget;

import java.util.List;
import java.util.UUID;

/**
 * One line with its names resolved, its figures and the warnings it raises; {@code paidBefore} is the part of
 * {@code figures.paid} paid before the ledger was kept here (so that an edit can hand it back unchanged).
 */
public record BudgetLineRow(UUID id, UUID projectId, String fundingSource, String fundingSourceName,
                            String economicCode, String economicName, int year, String item, BudgetFigures figures,
                            UUID taskId, String notes, long version, List<BudgetWarning> warnings,
                            java.math.BigDecimal paidBefore) {
    /** The line as a draft again (what an edit starts from): codes, year, item, approved, paid before, task, notes. */
    public BudgetLineDraft toDraft() {
        return new BudgetLineDraft(fundingSource, economicCode, year, item, figures.approved(), paidBefore, taskId, notes);
    }

    public boolean overspent() {
        return !warnings.isEmpty();
    }
}
