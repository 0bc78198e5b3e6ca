package cn.projectdesk.sync.protocol;

import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeOperation;
import cn.projectdesk.core.store.FieldChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One change as it travels (JSON over HTTPS, rows in a bundle): the change-log entry without the
 * sender's local sequence; {@code seq} is the server's sequence on the way down, 0 on the way up.
 */
public record WireChange(long seq, UUID changeId, String entityType, UUID entityId, String operation,
                         Map<String, FieldChange> changes, String actor, long hlc, String nodeId) {

    public static WireChange of(ChangeLogEntry e) {
        return new WireChange(0, e.changeId(), e.entityType(), e.entityId(), e.operation().name(), e.changes(),
                e.actor(), e.hlc(), e.nodeId());
    }

    /** Checks what JSON alone cannot: every part present and of a known kind, with a clear reason. */
    public void validate() {
        require(changeId != null, "changeId is missing");
        require(entityType != null && !entityType.isBlank(), "entityType is missing");
        require(entityId != null, "entityId is missing");
        require(changes != null, "changes are missing");
        require(actor != null && actor.length() <= 64, "actor is missing or longer than 64");
        require(nodeId != null && !nodeId.isBlank() && nodeId.length() <= 64, "nodeId is missing or longer than 64");
        require(hlc > 0, "hlc must be positive");
        try {
            ChangeOperation.valueOf(operation);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("change " + changeId + ": unknown operation " + operation);
        }
    }

    private void require(boolean ok, String reason) {
        if (!ok) {
            throw new IllegalArgumentException("change " + changeId + ": " + reason);
        }
    }

    public ChangeLogEntry toEntry() {
        return new ChangeLogEntry(seq, changeId, entityType, entityId, ChangeOperation.valueOf(operation),
                new LinkedHashMap<>(changes), actor, hlc, nodeId, Instant.EPOCH);
    }
}
