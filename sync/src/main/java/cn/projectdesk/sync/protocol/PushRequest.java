package cn.projectdesk.sync.protocol;

import java.util.List;

/** A batch of a node's changes, oldest first. */
public record PushRequest(String nodeId, List<WireChange> changes) {
}
