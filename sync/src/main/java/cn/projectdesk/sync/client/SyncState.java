package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.LocalSettings;
import java.time.Instant;
import java.util.Optional;

/**
 * This node's sync bookkeeping, local to the installation (never synchronised): the server address and
 * certificate file, the last change-log seq the server acknowledged, the pull cursor (a server seq),
 * and the last run's time and result.
 */
public final class SyncState {
    static final String SERVER = "sync.server";
    public static final String CERT = "sync.cert";
    public static final String SERVER_CERT = "sync.server.cert";
    static final String PUSHED = "sync.pushed.seq";
    static final String CURSOR = "sync.pull.cursor";
    static final String LAST_AT = "sync.last.at";
    static final String LAST_RESULT = "sync.last.result";

    private final LocalSettings settings;

    public SyncState(LocalSettings settings) {
        this.settings = settings;
    }

    public Optional<String> server() {
        return settings.get(SERVER);
    }

    public Optional<String> certificate() {
        return settings.get(CERT);
    }

    /** Headquarters' server certificate as seen by {@code sync setup}: bundles are encrypted to it. */
    public Optional<String> serverCertificate() {
        return settings.get(SERVER_CERT);
    }

    public void configure(String server, String certificateFile) {
        settings.put(SERVER, server);
        settings.put(CERT, certificateFile);
    }

    public long pushed() {
        return settings.get(PUSHED).map(Long::parseLong).orElse(0L);
    }

    void pushed(long seq) {
        settings.put(PUSHED, Long.toString(seq));
    }

    public long cursor() {
        return settings.get(CURSOR).map(Long::parseLong).orElse(0L);
    }

    void cursor(long seq) {
        settings.put(CURSOR, Long.toString(seq));
    }

    public Optional<Instant> lastAt() {
        return settings.get(LAST_AT).map(Instant::parse);
    }

    public Optional<String> lastResult() {
        return settings.get(LAST_RESULT);
    }

    void finished(Instant at, String result) {
        settings.put(LAST_AT, at.toString());
        settings.put(LAST_RESULT, result);
    }
}
