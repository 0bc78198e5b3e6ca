package cn.projectdesk.sync.client;

import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.util.List;

/** How a node reaches headquarters: HTTPS ({@link SyncClient}) or, in tests, a transport that fails on purpose. */
public interface SyncTransport {
    PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException;

    PullResponse pull(long after, int limit) throws IOException, InterruptedException;
}
