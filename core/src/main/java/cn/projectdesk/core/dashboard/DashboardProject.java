package cn.projectdesk.core.dashboard;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One project behind the dashboard's figures (the drill-down rows): progress at its status date and
 * budget execution in yuan.
 */
public record DashboardProject(UUID id, String code, String name, String departmentName, ProjectType type, int year,
                               LifecycleStage stage, BigDecimal plannedPercent, BigDecimal actualPercent,
                               BigDecimal deviation, boolean behind, BigDecimal adjusted, BigDecimal paid,
                               BigDecimal executionRate) {
}
