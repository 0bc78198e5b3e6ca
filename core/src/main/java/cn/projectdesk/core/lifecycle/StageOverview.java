package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import java.util.List;
import java.util.UUID;

/**
 * A project's place in the lifecycle: the current stage, the next one (null at 归档), the checklist of
 * the gate between them with each item's status, and the stage history (oldest first).
 */
public record StageOverview(UUID projectId, String projectCode, String projectName, LifecycleStage stage,
                            LifecycleStage next, List<GateItemStatus> gate, List<StageHistoryEntry> history) {
    public boolean gateMet() {
        return next != null && gate.stream().allMatch(GateItemStatus::met);
    }

    public List<GateItemStatus> missing() {
        return gate.stream().filter(i -> !i.met()).toList();
    }
}
