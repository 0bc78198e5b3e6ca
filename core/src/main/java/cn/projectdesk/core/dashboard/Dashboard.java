package cn.projectdesk.core.dashboard;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningSeverity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures and the lists behind them (so a tile can drill down to exactly what it
 * counted). Rates are percentages with two decimals, null when there is nothing to divide by:
 * on-time rate = projects not behind by more than the deviation threshold / projects; completion rate
 * = mean actual percent complete; budget execution rate = paid / adjusted budget over all projects.
 */
public record Dashboard(LocalDate today, DashboardFilter filter, List<DashboardProject> projects,
                        Map<LifecycleStage, List<DashboardProject>> byStage, List<DashboardProject> onTime,
                        List<DashboardProject> behind, BigDecimal onTimeRate, BigDecimal completionRate,
                        BigDecimal adjustedTotal, BigDecimal paidTotal, BigDecimal budgetExecutionRate,
                        Map<WarningSeverity, List<WarningRow>> openWarnings, List<OverdueItem> topOverdue) {
    public Dashboard {
        projects = List.copyOf(projects);
        byStage = Map.copyOf(byStage);
        onTime = List.copyOf(onTime);
        behind = List.copyOf(behind);
        openWarnings = Map.copyOf(openWarnings);
        topOverdue = List.copyOf(topOverdue);
    }
}
