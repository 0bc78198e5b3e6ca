package cn.projectdesk.core.store;

import java.time.Instant;

/** One stored entry of the audit chain, exactly as hashed. */
public record AuditRecord(long seq, Instant recordedAt, String actor, String nodeId, String action,
                          String entityType, String entityId, String before, String after,
                          String prevHash, String hash) {

    /** The hash this entry should carry, given its predecessor's hash. */
    public String expectedHash() {
        return AuditChain.hash(prevHash, this);
    }
}
