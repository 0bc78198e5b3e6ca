package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.ApplyResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.sync.bundle.BundleEnvelope;
import cn.projectdesk.sync.bundle.BundleFile;
import cn.projectdesk.sync.bundle.BundleManifest;
import cn.projectdesk.sync.bundle.BundleRefusedException;
import cn.projectdesk.sync.merge.FieldMergeEngine;
import cn.projectdesk.sync.protocol.ReferenceData;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A node's side of the air gap. Export writes every change not yet acknowledged (and the server cursor
 * this node has seen) into a bundle signed with the device key; nothing advances until headquarters'
 * reply comes back. Importing the reply checks it was signed by the server of our CA and is for this
 * node, applies it in one transaction, then advances the acknowledged seq and the cursor.
 */
public final class NodeBundles {
    private final Database database;
    private final SyncState state;

    public NodeBundles(Database database) {
        this.database = database;
        this.state = new SyncState(database.settings());
    }

    public record Exported(int changes, long afterSeq, long lastSeq) {
    }

    public record Imported(int applied, int duplicates, int conflicts, long cursor) {
    }

    /**
     * Exports, encrypted to headquarters' server certificate when {@code sync setup} recorded one
     * (ADR 25); plain otherwise (an air-gapped office names the certificate with {@link #export(Path, char[], X509Certificate)}).
     */
    public Exported export(Path to, char[] certPassword) throws IOException, GeneralSecurityException {
        return export(to, certPassword, knownServerCertificate().orElse(null));
    }

    /** Headquarters' server certificate recorded by {@code sync setup}, if any. */
    public Optional<X509Certificate> knownServerCertificate() throws IOException, GeneralSecurityException {
        Optional<Path> known = state.serverCertificate().map(Path::of).filter(Files::isReadable);
        return known.isPresent() ? Optional.of(readCertificate(known.get())) : Optional.empty();
    }

    /** Exports encrypted to {@code encryptTo} (headquarters' server certificate), or plain when it is null. */
    public Exported export(Path to, char[] certPassword, X509Certificate encryptTo) throws IOException, GeneralSecurityException {
        KeyStore device = deviceStore(certPassword);
        String alias = device.aliases().nextElement();
        long after = state.pushed();
        List<ChangeLogEntry> entries = database.replication().outgoing(after, Integer.MAX_VALUE);
        long last = entries.isEmpty() ? after : entries.get(entries.size() - 1).seq();
        List<WireChange> changes = entries.stream().filter(e -> !ReferenceData.TYPES.contains(e.entityType()))
                .map(WireChange::of).toList();
        X509Certificate cert = (X509Certificate) device.getCertificate(alias);
        BundleManifest manifest = new BundleManifest(BundleManifest.UP, UUID.randomUUID().toString(), database.nodeId(),
                cert.getSubjectX500Principal().getName(), after, last, state.cursor(), 0, 0, 0, "",
                Instant.now().toString(), "", null);
        PrivateKey key = (PrivateKey) device.getKey(alias, certPassword);
        if (encryptTo == null) {
            BundleFile.write(to, manifest, changes, key, cert);
        } else {
            Path plain = scratch();
            try {
                BundleFile.write(plain, manifest, changes, key, cert);
                BundleEnvelope.seal(plain, to, encryptTo);
            } finally {
                Files.deleteIfExists(plain);
            }
        }
        return new Exported(changes.size(), after, last);
    }

    public Imported importReply(Path file, char[] certPassword) throws IOException, GeneralSecurityException {
        BundleFile.Contents reply = readReply(file, certPassword);
        BundleManifest m = reply.manifest();
        if (!BundleManifest.REPLY.equals(m.kind())) {
            throw new BundleRefusedException(file + " is not a reply from headquarters (" + m.kind() + ")");
        }
        KeyStore device = deviceStore(certPassword);
        Certificate[] chain = device.getCertificateChain(device.aliases().nextElement());
        BundleFile.requireIssuedBy(reply.signer(), chain[chain.length - 1].getPublicKey(), file.toString());
        if (!database.nodeId().equals(m.nodeId())) {
            throw new BundleRefusedException(file + " is for node " + m.nodeId() + ", not this one (" + database.nodeId() + ")");
        }
        if (m.baseCursor() > state.cursor()) {
            throw new BundleRefusedException(file + " continues from server change " + m.baseCursor()
                    + " but this node has only seen up to " + state.cursor() + ": an earlier reply is missing");
        }
        ApplyResult result;
        try {
            result = database.replication().apply(reply.changes().stream().map(WireChange::toEntry).toList(),
                    new FieldMergeEngine());
        } catch (RuntimeException e) {
            if (database.replication().outgoingCount(state.pushed(), ReferenceData.TYPES) == 0) {
                throw e;
            }
            // e.g. a project code used by a project made here after the bundle was exported: headquarters
            // renames ours once it sees it, and the next reply carries the rename first (ADR 26)
            throw new BundleRefusedException(file + " could not be applied (" + rootCause(e) + "); this office has "
                    + "changes headquarters has not seen yet: export a new bundle, import it at headquarters, and "
                    + "import that reply instead", e);
        }
        if (m.ackSeq() > state.pushed()) {
            state.pushed(m.ackSeq());
        }
        if (m.cursor() > state.cursor()) {
            state.cursor(m.cursor());
        }
        state.finished(Instant.now(), "OK bundle applied=" + result.applied() + " conflicts=" + result.conflicts());
        return new Imported(result.applied(), result.duplicates(), result.conflicts(), state.cursor());
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Reads the reply, decrypting it first with the device key when it was encrypted to this device. */
    private BundleFile.Contents readReply(Path file, char[] certPassword) throws IOException, GeneralSecurityException {
        if (!BundleEnvelope.sealed(file)) {
            return BundleFile.read(file);
        }
        KeyStore device = deviceStore(certPassword);
        String alias = device.aliases().nextElement();
        Path plain = scratch();
        try {
            BundleEnvelope.open(file, plain, (PrivateKey) device.getKey(alias, certPassword),
                    (X509Certificate) device.getCertificate(alias), "this device");
            return BundleFile.read(plain);
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** A file for the plain bundle next to the database (never on the USB drive), removed after use. */
    private Path scratch() throws IOException {
        Path dir = Files.createDirectories(database.folder().resolve("sync"));
        Path file = Files.createTempFile(dir, "bundle-", ".sqlite");
        Files.delete(file);
        return file;
    }

    /** A certificate file, PEM or DER (e.g. headquarters' server.crt). */
    public static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read the certificate " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalArgumentException(file + " is not a certificate (PEM or DER): " + e.getMessage(), e);
        }
    }

    private KeyStore deviceStore(char[] password) throws IOException, GeneralSecurityException {
        Path file = state.certificate().map(Path::of).orElseThrow(() -> new IllegalStateException(
                "no device certificate: run 'projectdesk sync setup' (or import the certificate) first"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
