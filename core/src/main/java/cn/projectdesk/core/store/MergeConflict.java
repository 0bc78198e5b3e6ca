package cn.projectdesk.core.store;

import java.util.UUID;

/**
 * A value that lost a merge, or a delete that met a concurrent edit. {@code localLost} says whether the
 * value this node had is the one that lost (the user sees "keep mine" then). {@code strictReview}
 * marks money, dates and approval states, which stay on the review list until a person decides (ADR 11).
 */
public record MergeConflict(String entityType, UUID entityId, String field, ConflictKind kind, boolean strictReview,
                            FieldVersion winner, FieldVersion loser, boolean localLost) {
    public enum ConflictKind {
        /** The same field written on two nodes without either seeing the other's value. */
        FIELD,
        /** A row deleted on one node and edited on another. */
        DELETE_EDIT
    }
}
