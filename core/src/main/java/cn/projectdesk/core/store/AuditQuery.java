package cn.projectdesk.core.store;

import java.time.Instant;

/**
 * A filter over the audit chain for the auditors' screen; null means "any". {@code mentions} matches
 * the entity id or the recorded values (a project's id appears in the entries of its tasks, lines...).
 */
public record AuditQuery(Instant from, Instant until, String actor, String action, String mentions, int limit) {
    public AuditQuery {
        if (limit <= 0 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be 1..100000: " + limit);
        }
    }
}
