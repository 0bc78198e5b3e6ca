package cn.projectdesk.app.ui.sync;

import cn.projectdesk.sync.client.Synchronizer;
import java.time.Instant;

/**
 * How one sync attempt of this window ended. {@code report} is set for {@link Kind#OK}; {@code detail}
 * carries the server's or the network's reason for the failures (technical text, shown under the
 * translated headline).
 */
public record SyncOutcome(Kind kind, Instant at, Synchronizer.Report report, String detail) {
    public enum Kind {
        /** Pushed and pulled everything. */
        OK,
        /** The server answered with a refusal (revoked device, out of scope, rate limit...). */
        REFUSED,
        /** The network or the TLS handshake failed. */
        FAILED,
        /** The user pressed Cancel; what was committed stays. */
        CANCELLED,
        /** The timer found the server unreachable and did not try (backs off). */
        UNREACHABLE,
        /** Another sync or bundle exchange of this window was running. */
        BUSY,
        /** The device certificate's password is not known in this session. */
        NO_PASSWORD,
        /** No server or certificate set up yet. */
        NOT_CONFIGURED
    }

    static SyncOutcome of(Kind kind, String detail) {
        return new SyncOutcome(kind, Instant.now(), null, detail);
    }

    /** Whether the attempt talked to the server and failed (the timer then waits longer). */
    boolean failed() {
        return kind == Kind.REFUSED || kind == Kind.FAILED || kind == Kind.UNREACHABLE;
    }
}
