package cn.projectdesk.core.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A change-log row and its audit event, captured while Hibernate writes an entity and written together
 * with the unit of work's other captures just before it commits (see ADR 0019). {@code changeId} null
 * means an audit event that records no row change (a login, an export).
 */
record PendingChange(UUID changeId, String entityType, UUID entityId, String operation, String changes, String actor,
                     long hlc, Instant recordedAt, AuditEvent audit) {
    static PendingChange auditOnly(AuditEvent event) {
        return new PendingChange(null, null, null, null, null, null, 0, null, event);
    }
}
