package cn.projectdesk.core.risk;

import cn.projectdesk.core.project.DurationEstimate;
import java.util.UUID;

/** How often a task was on the critical path (0..1) and the estimate it was drawn from (null: fixed). */
public record TaskCriticality(UUID taskId, String wbsCode, String name, boolean summary, int durationDays,
                              DurationEstimate estimate, double criticality) {
}
