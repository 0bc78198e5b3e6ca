package cn.projectdesk.sync.protocol;

import java.util.List;

/**
 * Changes after the client's cursor within its scope; {@code cursor} is where the next pull starts
 * (it may pass changes outside the scope), {@code more} says whether to pull again at once.
 */
public record PullResponse(List<WireChange> changes, long cursor, boolean more) {
}
