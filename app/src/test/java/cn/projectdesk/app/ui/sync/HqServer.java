package cn.projectdesk.app.ui.sync;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.sync.client.DeviceSetup;
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
 * A real HQ server for the app's tests (the sync module's own fixture is in its test classes, which the
 * app cannot see): own CA, H2 store, HTTPS with mutual TLS on 127.0.0.1 and a free port; the bureau
 * LJFGJ with the departments KS1 and KS2 and the administrator admin / Admin2026.
 */
final class HqServer implements AutoCloseable {
    static final char[] CERT_PASSWORD = "device-pass".toCharArray();
    static final char[] ADMIN_PASSWORD = "Admin2026".toCharArray();
    final Path dir;
    final DeviceCa ca;
    final ServerStore store;
    final ServerLedger ledger;
    final HqNode hq;
    final SyncServer server;

    HqServer(Path dir) throws Exception {
        this.dir = dir;
        ca = new DeviceCa(dir);
        ca.init(List.of("localhost", "127.0.0.1"), Duration.ofDays(30));
        store = ServerStore.open(ServerStore.defaultUrl(dir), "sa", "");
        ledger = new ServerLedger(store);
        hq = HqNode.open(dir);
        hq.init(ADMIN_PASSWORD.clone(), "LJFGJ", "临江市发展和改革局");
        hq.addOrgUnit("KS1", "投资科", "LJFGJ", false);
        hq.addOrgUnit("KS2", "规划科", "LJFGJ", false);
        hq.publish(ledger);
        server = new SyncServer(ca, ledger, ServerSettings.defaults(0).withHost("127.0.0.1")
                .withLimits(1024 * 1024, 10_000, 10_000)).start();
    }

    URI uri() {
        return URI.create("https://127.0.0.1:" + server.port());
    }

    Path device(String name, String orgUnit) throws Exception {
        return device(name, orgUnit, Duration.ofDays(30));
    }

    Path device(String name, String orgUnit, Duration validity) throws Exception {
        Path file = dir.resolve("devices").resolve(name + ".p12");
        X509Certificate cert = ca.issueDevice(name, orgUnit, file, CERT_PASSWORD, validity);
        new DeviceRegistry(store).register(name, orgUnit, cert);
        return file;
    }

    /** A new office as {@code projectdesk sync setup} + {@code projectdesk sync} leave it: set up from headquarters. */
    CoreServices office(Path folder, Path cert) throws Exception {
        CoreServices core = CoreServices.open(folder);
        DeviceSetup.connect(core.database(), uri(), cert, CERT_PASSWORD.clone());
        new Synchronizer(core.database(), DeviceSetup.client(core.database(), CERT_PASSWORD.clone())).run(p -> { });
        return core;
    }

    static Synchronizer.Report sync(CoreServices core) throws Exception {
        return new Synchronizer(core.database(), DeviceSetup.client(core.database(), CERT_PASSWORD.clone())).run(p -> { });
    }

    private static final java.util.Map<CoreServices, UserSession> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One sign-in per office: the password hash is slow on purpose (PBKDF2, 310k rounds). */
    static UserSession admin(CoreServices core) {
        return ADMINS.computeIfAbsent(core, c -> c.authentication().login("admin", ADMIN_PASSWORD.clone()));
    }

    @Override
    public void close() throws Exception {
        server.close();
        hq.close();
        store.close();
    }
}
