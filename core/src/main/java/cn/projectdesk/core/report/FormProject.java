package cn.projectdesk.core.report;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;

/** The project data block of a form; {@code issuingUnit} is the office at the top of the department's chain. */
public record FormProject(String code, String name, String department, String issuingUnit, ProjectType type,
                          int year, LifecycleStage stage, BigDecimal approvedBudget) {
}
