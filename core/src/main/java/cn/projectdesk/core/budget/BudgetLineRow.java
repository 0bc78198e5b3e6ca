package cn.projectdesk.core.budget;

import java.util.List;
import java.util.UUID;

/** One line with its names resolved, its figures and the warnings it raises. */
public record BudgetLineRow(UUID id, UUID projectId, String fundingSource, String fundingSourceName,
                            String economicCode, String economicName, int year, String item, BudgetFigures figures,
                            UUID taskId, String notes, long version, List<BudgetWarning> warnings) {
    public boolean overspent() {
        return !warnings.isEmpty();
    }
}
