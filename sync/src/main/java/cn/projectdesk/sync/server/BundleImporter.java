package cn.projectdesk.sync.server;

import cn.projectdesk.sync.bundle.BundleEnvelope;
import cn.projectdesk.sync.bundle.BundleFile;
import cn.projectdesk.sync.bundle.BundleManifest;
import cn.projectdesk.sync.bundle.BundleRefusedException;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Headquarters' side of the air gap: checks a node's bundle (readable, complete, signed by a device
 * this CA issued and not revoked, not skipping an earlier bundle), stores its changes exactly like a
 * push — all or nothing, idempotent by change id and by bundle id — and writes the reply bundle with
 * everything the node has not seen, signed with the server's key.
 */
public final class BundleImporter {
    private final DeviceCa ca;
    private final ServerLedger ledger;

    public BundleImporter(DeviceCa ca, ServerLedger ledger) {
        this.ca = ca;
        this.ledger = ledger;
    }

    public record Result(boolean alreadyImported, int accepted, int duplicates, int replied) {
    }

    public Result importBundle(Path file, Path replyTo) throws IOException, GeneralSecurityException {
        boolean sealed = BundleEnvelope.sealed(file);
        BundleFile.Contents bundle = sealed ? readSealed(file) : BundleFile.read(file);
        BundleManifest m = bundle.manifest();
        if (!BundleManifest.UP.equals(m.kind())) {
            throw new BundleRefusedException(file + " is a " + m.kind() + " bundle, not a node's bundle");
        }
        KeyStore trust = ca.trustStore();
        BundleFile.requireIssuedBy(bundle.signer(), trust.getCertificate(DeviceCa.CA_ALIAS).getPublicKey(), file.toString());
        DeviceIdentity device;
        try {
            device = ledger.device(DeviceCa.serialText(bundle.signer()));
        } catch (RefusedException e) {
            throw new BundleRefusedException(file + ": " + e.getMessage(), e);
        }
        UUID bundleId = UUID.fromString(m.bundleId());
        boolean seen = ledger.store().inTransaction(c -> imported(c, bundleId));
        PushResponse pushed = new PushResponse(0, 0, 0);
        if (!seen) {
            long acknowledged = ledger.store().inTransaction(c -> ServerLedger.acknowledged(c, device.serial()));
            if (m.afterSeq() > Math.max(0, acknowledged)) {
                throw new BundleRefusedException(file + " starts after change " + m.afterSeq() + " of node " + m.nodeId()
                        + ", but headquarters has its changes only up to " + Math.max(0, acknowledged)
                        + ": an earlier bundle is missing; import it first");
            }
            try {
                pushed = ledger.push(device, bundle.changes(), c -> {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO bundle_import (bundle_id, device, "
                            + "node_id, first_seq, last_seq, imported_at) VALUES (?,?,?,?,?,?)")) {
                        insert.setObject(1, bundleId);
                        insert.setString(2, device.serial());
                        insert.setString(3, m.nodeId());
                        insert.setLong(4, m.afterSeq());
                        insert.setLong(5, m.lastSeq());
                        insert.setTimestamp(6, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                    return ServerLedger.acknowledge(c, device, m.lastSeq());
                });
            } catch (RefusedException e) {
                throw new BundleRefusedException(file + ": " + e.getMessage(), e);
            }
        } else {
            pushed = ledger.push(device, bundle.changes()); // all known: only to hand out the corrections again
        }
        int replied = 0;
        if (replyTo != null) {
            replied = writeReply(replyTo, device, m, sealed ? bundle.signer() : null, pushed.corrections());
        }
        return new Result(seen, pushed.accepted(), pushed.duplicates(), replied);
    }

    /** An encrypted bundle is opened with the server's key; one encrypted to anyone else is refused (ADR 25). */
    private BundleFile.Contents readSealed(Path file) throws IOException, GeneralSecurityException {
        KeyStore server = ca.serverKeyStore();
        Path plain = Files.createTempFile("projectdesk-bundle-", ".sqlite");
        try {
            BundleEnvelope.open(file, plain, (PrivateKey) server.getKey(DeviceCa.SERVER_ALIAS, ca.password()),
                    (X509Certificate) server.getCertificate(DeviceCa.SERVER_ALIAS), "this headquarters server");
            return BundleFile.read(plain);
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** The reply, encrypted to the device's certificate when the node's bundle came encrypted. */
    private int writeReply(Path replyTo, DeviceIdentity device, BundleManifest up, X509Certificate encryptTo,
                           List<WireChange> corrections) throws IOException, GeneralSecurityException {
        // the server's renames of the node's own project codes first: applied before anything that holds the code
        List<WireChange> changes = new ArrayList<>(corrections);
        java.util.Set<UUID> first = new java.util.HashSet<>();
        corrections.forEach(w -> first.add(w.changeId()));
        long cursor = up.baseCursor();
        while (true) {
            PullResponse page = ledger.pull(device, cursor, 5000);
            page.changes().stream().filter(w -> !first.contains(w.changeId())).forEach(changes::add);
            cursor = page.cursor();
            if (!page.more()) {
                break;
            }
        }
        KeyStore server = ca.serverKeyStore();
        PrivateKey key = (PrivateKey) server.getKey(DeviceCa.SERVER_ALIAS, ca.password());
        X509Certificate cert = (X509Certificate) server.getCertificate(DeviceCa.SERVER_ALIAS);
        BundleManifest reply = new BundleManifest(BundleManifest.REPLY, UUID.randomUUID().toString(), up.nodeId(),
                device.name(), 0, 0, up.baseCursor(), cursor, up.lastSeq(), 0, "", Instant.now().toString(), "", null);
        if (encryptTo == null) {
            BundleFile.write(replyTo, reply, changes, key, cert);
            return changes.size();
        }
        Path plain = Files.createTempFile("projectdesk-reply-", ".sqlite");
        try {
            Files.delete(plain);
            BundleFile.write(plain, reply, changes, key, cert);
            BundleEnvelope.seal(plain, replyTo, encryptTo);
        } finally {
            Files.deleteIfExists(plain);
        }
        return changes.size();
    }

    private static boolean imported(java.sql.Connection c, UUID bundleId) throws java.sql.SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM bundle_import WHERE bundle_id = ?")) {
            select.setObject(1, bundleId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
