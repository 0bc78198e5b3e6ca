package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's ledger: every line, totals overall and per funding source (in list order), the project's
 * approved investment and every warning (line, project and contract rules) at the current threshold.
 */
public record ProjectBudget(UUID projectId, String projectCode, String projectName, String departmentName,
                            BigDecimal projectApproved, List<BudgetLineRow> lines, BudgetFigures total,
                            Map<String, BudgetFigures> bySource, List<BudgetWarning> warnings,
                            BigDecimal thresholdPercent) {
}
