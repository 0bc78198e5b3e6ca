package cn.projectdesk.core.store;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One captured change: the input of the audit chain and of the sync outbox. */
public record ChangeLogEntry(long seq, UUID changeId, String entityType, UUID entityId, ChangeOperation operation,
                             Map<String, FieldChange> changes, String actor, long hlc, String nodeId,
                             Instant recordedAt) {
}
