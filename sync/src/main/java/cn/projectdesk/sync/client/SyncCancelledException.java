package cn.projectdesk.sync.client;

import java.io.IOException;

/**
 * The user stopped a sync run. Not a failure of the server or the network: what was acknowledged or
 * committed before stays, and the next run resumes from there.
 */
public final class SyncCancelledException extends IOException {
    public SyncCancelledException(String sofar) {
        super(sofar);
    }
}
