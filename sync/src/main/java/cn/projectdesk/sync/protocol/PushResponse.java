package cn.projectdesk.sync.protocol;

/** The server stored {@code accepted} new changes and skipped {@code duplicates} it already had. */
public record PushResponse(int accepted, int duplicates, long serverSeq) {
}
