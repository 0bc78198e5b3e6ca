package cn.projectdesk.sync.server;

/**
 * The knobs of one server instance (command line or {@code server.properties} in the data folder).
 * TLS 1.2 is allowed only when asked for (old clients); the limits protect the shared database.
 */
public record ServerSettings(String host, int port, boolean allowTls12, long maxRequestBytes, int maxBatch,
                             double requestsPerSecond, double burst) {
    public static ServerSettings defaults(int port) {
        return new ServerSettings("0.0.0.0", port, false, 16L * 1024 * 1024, 5000, 50, 100);
    }

    public ServerSettings withHost(String host) {
        return new ServerSettings(host, port, allowTls12, maxRequestBytes, maxBatch, requestsPerSecond, burst);
    }

    public ServerSettings withLimits(long maxRequestBytes, double requestsPerSecond, double burst) {
        return new ServerSettings(host, port, allowTls12, maxRequestBytes, maxBatch, requestsPerSecond, burst);
    }

    public ServerSettings withTls12(boolean allow) {
        return new ServerSettings(host, port, allow, maxRequestBytes, maxBatch, requestsPerSecond, burst);
    }
}
