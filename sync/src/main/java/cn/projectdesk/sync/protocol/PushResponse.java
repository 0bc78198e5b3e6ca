package cn.projectdesk.sync.protocol;

import java.util.List;

/**
 * The server stored {@code accepted} new changes and skipped {@code duplicates} it already had.
 * {@code corrections} are the server's own changes to rows of this batch (a project code another office
 * claimed first, renamed: ADR 26); the node applies them before it pulls.
 */
public record PushResponse(int accepted, int duplicates, long serverSeq, List<WireChange> corrections) {
    public PushResponse {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public PushResponse(int accepted, int duplicates, long serverSeq) {
        this(accepted, duplicates, serverSeq, List.of());
    }
}
