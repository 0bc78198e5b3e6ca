package cn.projectdesk.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Writes a long, valid audit chain in bulk (batched, one head update) for the verification benchmark. */
public final class AuditChainFixture {
    private AuditChainFixture() {
    }

    public static void appendBulk(Database db, int entries) {
        try (Connection c = db.dataSource().getConnection()) {
            String prev;
            long seq;
            try (var head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1"); var rs = head.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
            Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log (seq, recorded_at, actor, node_id, "
                    + "action, entity_type, entity_id, before_data, after_data, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < entries; i++) {
                    seq++;
                    AuditRecord r = new AuditRecord(seq, start.plusMillis(i), "zhangwei", db.nodeId(), "CHANGE_UPDATE",
                            "Task", "0192f0c1-0000-7000-8000-" + String.format("%012d", i),
                            "{\"name\":\"雨污分流管网改造\",\"percentComplete\":\"40\"}",
                            "{\"name\":\"雨污分流管网改造（一期）\",\"percentComplete\":\"45\"}", prev, null);
                    String hash = AuditChain.hash(prev, r);
                    insert.setLong(1, seq);
                    insert.setObject(2, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                    insert.setString(3, r.actor());
                    insert.setString(4, r.nodeId());
                    insert.setString(5, r.action());
                    insert.setString(6, r.entityType());
                    insert.setString(7, r.entityId());
                    insert.setString(8, r.before());
                    insert.setString(9, r.after());
                    insert.setString(10, prev);
                    insert.setString(11, hash);
                    insert.addBatch();
                    prev = hash;
                    if (seq % 10_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            try (var head = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
