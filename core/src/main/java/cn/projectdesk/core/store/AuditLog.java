package cn.projectdesk.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads the audit chain in order, streaming, so that a million entries need no more memory than one. */
public final class AuditLog {
    private static final int PAGE = 5000;
    private final DataSource dataSource;

    AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The last seq and hash as recorded by the writer (to detect entries cut off the end). */
    public AuditRecord head() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            AuditRecord head = new AuditRecord(rs.getLong(1), null, null, null, null, null, null, null, null, null,
                    rs.getString(2));
            c.rollback();
            return head;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit head", e);
        }
    }

    /**
     * Every entry in seq order. Reads in key-range pages: one huge ORDER BY result would make H2 spill
     * it to a temporary file, which is several times slower.
     */
    public void forEachInOrder(Consumer<AuditRecord> consumer) {
        String sql = "SELECT seq, recorded_at, actor, node_id, action, entity_type, entity_id, before_data, after_data, "
                + "prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT " + PAGE;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            long last = Long.MIN_VALUE;
            int read;
            do {
                select.setLong(1, last);
                read = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        AuditRecord r = new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
                        consumer.accept(r);
                        last = r.seq();
                        read++;
                    }
                }
            } while (read == PAGE);
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    /** The entry with this seq, if there is one (a printed form names the chain's head when it was printed). */
    public java.util.Optional<AuditRecord> entry(long seq) {
        String sql = "SELECT seq, recorded_at, actor, node_id, action, entity_type, entity_id, before_data, after_data, "
                + "prev_hash, hash FROM audit_log WHERE seq = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                java.util.Optional<AuditRecord> found = rs.next()
                        ? java.util.Optional.of(new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                        : java.util.Optional.empty();
                c.rollback();
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read audit entry " + seq, e);
        }
    }

    /** Entries matching the query, newest first, at most {@code limit}. */
    public java.util.List<AuditRecord> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT seq, recorded_at, actor, node_id, action, entity_type, entity_id, "
                + "before_data, after_data, prev_hash, hash FROM audit_log WHERE 1 = 1");
        java.util.List<Object> args = new java.util.ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND recorded_at >= ?");
            args.add(OffsetDateTime.ofInstant(q.from(), java.time.ZoneOffset.UTC));
        }
        if (q.until() != null) {
            sql.append(" AND recorded_at < ?");
            args.add(OffsetDateTime.ofInstant(q.until(), java.time.ZoneOffset.UTC));
        }
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            args.add(q.action());
        }
        if (q.mentions() != null) {
            sql.append(" AND (entity_id = ? OR after_data LIKE ? OR before_data LIKE ?)");
            String like = "%" + q.mentions().replace("%", "").replace("_", "") + "%";
            args.add(q.mentions());
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(q.limit());
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            java.util.List<AuditRecord> found = new java.util.ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
            c.rollback();
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not search the audit log", e);
        }
    }
}
