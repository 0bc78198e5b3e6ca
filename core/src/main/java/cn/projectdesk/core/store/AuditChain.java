package cn.projectdesk.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Appends to the hash chain on the caller's connection, so an entry commits or rolls back with the
 * change it records. hash = SHA-256(prev_hash || canonical entry), where the canonical entry is every
 * field length-prefixed in a fixed order (no separator can be forged inside a value).
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static void append(Connection c, AuditEvent event, String nodeId) throws SQLException {
        appendAll(c, java.util.List.of(event), nodeId);
    }

    /**
     * Appends the events in order. The head's row is bumped by their number first, which takes its lock
     * until commit: appends of concurrent transactions are serialised, and the sequence has no gaps.
     */
    static void appendAll(Connection c, java.util.List<AuditEvent> events, String nodeId) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement bump = c.prepareStatement("UPDATE audit_head SET seq = seq + ? WHERE id = 1")) {
            bump.setInt(1, events.size());
            bump.executeUpdate();
        }
        long last;
        String prevHash;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        long seq = last - events.size();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log (seq, recorded_at, actor, node_id, "
                + "action, entity_type, entity_id, before_data, after_data, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int batched = 0;
            for (AuditEvent event : events) {
                seq++;
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                AuditRecord unsigned = new AuditRecord(seq, now, event.actor(), nodeId, event.action(), event.entityType(),
                        event.entityId(), event.before(), event.after(), prevHash, null);
                String hash = hash(prevHash, unsigned);
                insert.setLong(1, seq);
                insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(3, event.actor());
                insert.setString(4, nodeId);
                insert.setString(5, event.action());
                insert.setString(6, event.entityType());
                insert.setString(7, event.entityId());
                insert.setString(8, event.before());
                insert.setString(9, event.after());
                insert.setString(10, prevHash);
                insert.setString(11, hash);
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
                prevHash = hash;
            }
            if (batched % 1000 != 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            head.setString(1, prevHash);
            head.executeUpdate();
        }
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    });

    static String hash(String prevHash, AuditRecord r) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, prevHash);
        field(canonical, Long.toString(r.seq()));
        field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, r.recordedAt())));
        field(canonical, r.actor());
        field(canonical, r.nodeId());
        field(canonical, r.action());
        field(canonical, r.entityType());
        field(canonical, r.entityId());
        field(canonical, r.before());
        field(canonical, r.after());
        byte[] digest = SHA256.get().digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }
}
