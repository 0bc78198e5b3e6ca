package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * Connects an installation to headquarters: checks that the certificate opens with the password and
 * that the server answers to it, then keeps a copy of the certificate in the data folder
 * ({@code sync/device.p12}) and the server address in the local settings.
 */
public final class DeviceSetup {
    private DeviceSetup() {
    }

    public static Map<?, ?> connect(Database database, URI server, Path deviceP12, char[] password)
            throws IOException, GeneralSecurityException, InterruptedException {
        if (!"https".equalsIgnoreCase(server.getScheme())) {
            throw new IllegalArgumentException("the server address must start with https:// (" + server + ")");
        }
        if (!Files.isReadable(deviceP12)) {
            throw new IllegalArgumentException("cannot read the device certificate " + deviceP12);
        }
        SyncClient client = new SyncClient(server, deviceP12, password);
        Map<?, ?> hello = client.hello();
        Path kept = database.folder().resolve("sync").resolve("device.p12");
        Files.createDirectories(kept.getParent());
        Files.copy(deviceP12, kept, StandardCopyOption.REPLACE_EXISTING);
        // bundles exported later are encrypted to this certificate (ADR 25)
        Path serverCert = kept.resolveSibling("server.crt");
        Files.write(serverCert, client.serverCertificate().getEncoded());
        new SyncState(database.settings()).configure(server.toString(), kept.toString());
        database.settings().put(SyncState.SERVER_CERT, serverCert.toString());
        return hello;
    }

    /**
     * For an air-gapped installation: keeps the certificate (after checking the password opens it)
     * without contacting any server; bundles are then signed with it.
     */
    public static void importCertificate(Database database, Path deviceP12, char[] password)
            throws IOException, GeneralSecurityException {
        if (!Files.isReadable(deviceP12)) {
            throw new IllegalArgumentException("cannot read the device certificate " + deviceP12);
        }
        SyncClient.tlsContext(deviceP12, password);
        Path kept = database.folder().resolve("sync").resolve("device.p12");
        Files.createDirectories(kept.getParent());
        Files.copy(deviceP12, kept, StandardCopyOption.REPLACE_EXISTING);
        database.settings().put(SyncState.CERT, kept.toString());
    }

    /** The client for a configured installation. */
    public static SyncClient client(Database database, char[] password) throws IOException, GeneralSecurityException {
        SyncState state = new SyncState(database.settings());
        String server = state.server().orElseThrow(() -> new IllegalStateException(
                "this installation is not connected to a server: run 'projectdesk sync setup' first"));
        return new SyncClient(URI.create(server), Path.of(state.certificate().orElseThrow()), password);
    }
}
