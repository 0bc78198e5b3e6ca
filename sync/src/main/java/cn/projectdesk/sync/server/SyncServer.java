package cn.projectdesk.sync.server;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HQ service: embedded Jetty 12 on HTTPS only, TLS 1.3 (1.2 by setting), client certificates
 * required and checked against this server's CA during the handshake.
 */
public final class SyncServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ServerMetrics metrics = new ServerMetrics();

    public SyncServer(DeviceCa ca, ServerLedger ledger, ServerSettings settings) throws IOException, GeneralSecurityException {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("sync-server");
        server = new Server(threads);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(ca.serverKeyStore());
        tls.setKeyStorePassword(new String(ca.password()));
        tls.setKeyManagerPassword(new String(ca.password()));
        tls.setTrustStore(ca.trustStore());
        tls.setNeedClientAuth(true);
        tls.setIncludeProtocols(settings.allowTls12() ? new String[]{"TLSv1.3", "TLSv1.2"} : new String[]{"TLSv1.3"});
        tls.setEndpointIdentificationAlgorithm(null);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new ApiHandler(ledger, settings,
                new RateLimiter(settings.requestsPerSecond(), settings.burst(), System::nanoTime), metrics));
    }

    public SyncServer start() throws Exception {
        server.start();
        return this;
    }

    /** The bound port (useful with port 0 = any free port). */
    public int port() {
        return connector.getLocalPort();
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
