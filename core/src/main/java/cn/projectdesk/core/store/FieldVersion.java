package cn.projectdesk.core.store;

import java.util.UUID;

/**
 * A field's value with the stamp of the write that set it. Writes are ordered by hybrid logical clock,
 * then node id, so every node picks the same winner without talking to the others.
 */
public record FieldVersion(String value, long hlc, String nodeId, UUID changeId) {
    public FieldVersion {
        nodeId = nodeId == null ? "" : nodeId;
    }

    /** Positive when this write is later than the other one. */
    public int compareClock(FieldVersion other) {
        int byClock = Long.compare(hlc, other.hlc);
        return byClock != 0 ? byClock : nodeId.compareTo(other.nodeId);
    }
}
