package cn.projectdesk.sync.client;

import java.io.IOException;

/** The server answered with a refusal (status and its reason). */
public final class SyncRefusedException extends IOException {
    private final int status;

    public SyncRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
