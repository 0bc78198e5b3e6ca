package cn.projectdesk.sync.protocol;

import java.util.List;

/**
 * A batch of a node's changes, oldest first; {@code throughSeq} is the node's change-log seq the batch
 * reaches (local-only changes in between are not sent, so it can be past the last change's).
 */
public record PushRequest(String nodeId, long throughSeq, List<WireChange> changes) {
}
