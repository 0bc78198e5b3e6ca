package cn.projectdesk.sync;

import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.client.Synchronizer;
import cn.projectdesk.sync.server.DeviceCa;
import cn.projectdesk.sync.server.DeviceRegistry;
import cn.projectdesk.sync.server.HqNode;
import cn.projectdesk.sync.server.ServerLedger;
import cn.projectdesk.sync.server.ServerSettings;
import cn.projectdesk.sync.server.ServerStore;
import cn.projectdesk.sync.server.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * A real HQ server for tests: own CA, H2 store and HQ node in a temp folder, HTTPS with mutual TLS on
 * 127.0.0.1 and a free port. Two departments under the bureau: KS1 and KS2.
 */
public final class HqFixture implements AutoCloseable {
    public static final char[] CERT_PASSWORD = "device-pass".toCharArray();
    public final Path dir;
    public final DeviceCa ca;
    public final ServerStore store;
    public final ServerLedger ledger;
    public final HqNode hq;
    public final SyncServer server;

    public HqFixture(Path dir, ServerSettings settings) throws Exception {
        this(dir, settings, ServerStore.defaultUrl(dir), "sa");
    }

    public HqFixture(Path dir, ServerSettings settings, String jdbcUrl, String user) throws Exception {
        this.dir = dir;
        ca = new DeviceCa(dir);
        ca.init(List.of("localhost", "127.0.0.1"), Duration.ofDays(30));
        store = ServerStore.open(jdbcUrl, user, "");
        ledger = new ServerLedger(store);
        hq = HqNode.open(dir);
        hq.init(TestNode.ADMIN_PASSWORD.clone(), "LJFGJ", "临江市发展和改革局");
        hq.addOrgUnit("KS1", "投资科", "LJFGJ", false);
        hq.addOrgUnit("KS2", "规划科", "LJFGJ", false);
        hq.publish(ledger);
        server = new SyncServer(ca, ledger, settings).start();
    }

    public HqFixture(Path dir) throws Exception {
        this(dir, ServerSettings.defaults(0).withHost("127.0.0.1").withLimits(1024 * 1024, 10_000, 10_000));
    }

    public URI uri() {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    /** Issues a device certificate to a .p12 file under the fixture folder. */
    public Path device(String name, String orgUnit) throws Exception {
        Path file = dir.resolve("devices").resolve(name + ".p12");
        X509Certificate cert = ca.issueDevice(name, orgUnit, file, CERT_PASSWORD, Duration.ofDays(30));
        new DeviceRegistry(store).register(name, orgUnit, cert);
        return file;
    }

    public SyncClient client(Path p12) throws Exception {
        return new SyncClient(uri(), p12, CERT_PASSWORD);
    }

    public Synchronizer synchronizer(TestNode node, Path p12) throws Exception {
        return new Synchronizer(node.core.database(), client(p12));
    }

    @Override
    public void close() throws Exception {
        server.close();
        hq.close();
        store.close();
    }
}
