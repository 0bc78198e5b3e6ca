package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.ApplyResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.Database;
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

    public Exported export(Path to, char[] certPassword) throws IOException, GeneralSecurityException {
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
        BundleFile.write(to, manifest, changes, (PrivateKey) device.getKey(alias, certPassword), cert);
        return new Exported(changes.size(), after, last);
    }

    public Imported importReply(Path file, char[] certPassword) throws IOException, GeneralSecurityException {
        BundleFile.Contents reply = BundleFile.read(file);
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
        ApplyResult result = database.replication().apply(reply.changes().stream().map(WireChange::toEntry).toList(),
                new FieldMergeEngine());
        if (m.ackSeq() > state.pushed()) {
            state.pushed(m.ackSeq());
        }
        if (m.cursor() > state.cursor()) {
            state.cursor(m.cursor());
        }
        state.finished(Instant.now(), "OK bundle applied=" + result.applied() + " conflicts=" + result.conflicts());
        return new Imported(result.applied(), result.duplicates(), result.conflicts(), state.cursor());
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
