package cn.projectdesk.core.store;

import java.util.Map;
import java.util.UUID;

/**
 * What one node knows of a row before a pulled change is merged into it: each field's current value
 * and the stamp of the write that set it. {@code exists} is false for a row this node has never seen.
 */
public record EntitySnapshot(String entityType, UUID entityId, boolean exists, Map<String, FieldVersion> fields) {
    public EntitySnapshot {
        fields = Map.copyOf(fields);
    }

    public static EntitySnapshot absent(String entityType, UUID entityId) {
        return new EntitySnapshot(entityType, entityId, false, Map.of());
    }

    public boolean deleted() {
        FieldVersion tombstone = fields.get(EntityFields.DELETED);
        return tombstone != null && "true".equals(tombstone.value());
    }
}
