package cn.projectdesk.core.change;

import cn.projectdesk.core.workflow.RequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A change request with its approval status, whether it was applied, the baseline saved, and before/after lines. */
public record ChangeView(UUID id, UUID requestId, String requestCode, String title, ChangeKind kind, String reason,
                         RequestStatus status, Instant appliedAt, String baselineName, List<ChangeItemView> items) {
}
