package cn.projectdesk.core.store;

import java.time.Instant;
import java.util.UUID;

/** A kept conflict as the user reviews it; {@code resolution} is null while it is open. */
public record ConflictRow(UUID id, String entityType, UUID entityId, String field, MergeConflict.ConflictKind kind,
                          boolean strictReview, String winnerValue, String winnerNode, long winnerHlc,
                          String loserValue, UUID loserChangeId, String loserNode, long loserHlc, boolean localLost,
                          Instant detectedAt, Instant resolvedAt, String resolution) {
    public boolean open() {
        return resolvedAt == null;
    }

    /** The value this node had before the merge (mine) and the one that came from elsewhere (theirs). */
    public String mine() {
        return localLost ? loserValue : winnerValue;
    }

    public String theirs() {
        return localLost ? winnerValue : loserValue;
    }
}
