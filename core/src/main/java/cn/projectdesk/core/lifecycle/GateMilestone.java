package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stage gate seen as a milestone: the gate into {@code stage}; passed on {@code date}, or the next
 * gate of the project (not passed, no date yet) with how many checklist items are met.
 */
public record GateMilestone(UUID projectId, String projectCode, LifecycleStage stage, LocalDate date, boolean passed,
                            int itemsMet, int itemsTotal) {
}
