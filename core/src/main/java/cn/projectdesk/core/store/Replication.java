package cn.projectdesk.core.store;

import cn.projectdesk.core.clock.HybridLogicalClock;
import cn.projectdesk.core.clock.TimeOrderedUuid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * The node's side of sync on plain records: the outbox (local changes, never the ones applied from
 * elsewhere), applying a pulled batch in one transaction (idempotent by change id, merged by a
 * {@link ChangeMerger}), and the kept conflicts with "keep mine / keep theirs".
 */
public final class Replication {
    public static final String SYNC_ACTOR = "sync";
    private static final TypeReference<LinkedHashMap<String, FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final String SELECT_LOG = "SELECT seq, change_id, entity_type, entity_id, operation, changes, actor, "
            + "hlc, node_id, recorded_at FROM change_log ";

    private final Database database;
    private final DataSource dataSource;
    private final HybridLogicalClock clock;
    private final ObjectMapper json = new ObjectMapper();

    Replication(Database database, DataSource dataSource, HybridLogicalClock clock) {
        this.database = database;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Changes made on this node after {@code afterSeq}, oldest first: what is still to push. */
    public List<ChangeLogEntry> outgoing(long afterSeq, int limit) {
        return query(SELECT_LOG + "WHERE remote = FALSE AND seq > ? ORDER BY seq LIMIT ?", afterSeq, limit);
    }

    public long outgoingCount(long afterSeq) {
        return count("SELECT COUNT(*) FROM change_log WHERE remote = FALSE AND seq > ?", afterSeq);
    }

    /** Local changes after {@code afterSeq} of types other than {@code excludedTypes} (what a push will send). */
    public long outgoingCount(long afterSeq, java.util.Set<String> excludedTypes) {
        if (excludedTypes.isEmpty()) {
            return outgoingCount(afterSeq);
        }
        String marks = String.join(",", java.util.Collections.nCopies(excludedTypes.size(), "?"));
        Object[] parameters = new Object[excludedTypes.size() + 1];
        parameters[0] = afterSeq;
        int i = 1;
        for (String type : new java.util.TreeSet<>(excludedTypes)) {
            parameters[i++] = type;
        }
        return count("SELECT COUNT(*) FROM change_log WHERE remote = FALSE AND seq > ? AND entity_type NOT IN (" + marks + ")",
                parameters);
    }

    public long openConflictCount() {
        return count("SELECT COUNT(*) FROM sync_conflict WHERE resolved_at IS NULL");
    }

    /**
     * Applies a pulled batch in one transaction: each change not applied before is merged into its row
     * and recorded in the change log as remote (so it is never pushed back); its conflicts are kept.
     * Any failure rolls the whole batch back.
     */
    public ApplyResult apply(List<ChangeLogEntry> batch, ChangeMerger merger) {
        return database.inTransaction(SYNC_ACTOR, session -> {
            int applied = 0;
            int duplicates = 0;
            int conflicts = 0;
            for (ChangeLogEntry change : batch) {
                if (alreadyApplied(session, change.changeId())) {
                    duplicates++;
                    continue;
                }
                conflicts += applyOne(session, change, merger);
                applied++;
            }
            return new ApplyResult(applied, duplicates, conflicts);
        });
    }

    private int applyOne(Session session, ChangeLogEntry change, ChangeMerger merger) {
        Class<?> type = EntityFields.type(change.entityType()).orElseThrow(() -> new IllegalArgumentException(
                "change " + change.changeId() + ": unknown entity type " + change.entityType()));
        FieldWriter writer = new FieldWriter(session, type);
        Object entity = session.find(type, change.entityId());
        Map<String, String> current = entity == null ? Map.of() : writer.values(entity);
        EntitySnapshot local = entity == null ? EntitySnapshot.absent(change.entityType(), change.entityId())
                : new EntitySnapshot(change.entityType(), change.entityId(), true,
                        versions(session, change.entityId(), current));
        MergeDecision decision = merger.merge(local, change);
        clock.observe(change.hlc());
        if (!decision.apply().isEmpty()) {
            CaptureScope.applyingRemote(new CaptureScope.RemoteStamp(change.hlc(), change.nodeId(), change.actor()));
            try {
                Object target = entity == null ? writer.instantiate(change.entityId()) : entity;
                decision.apply().forEach((field, value) -> writer.set(target, field, value));
                if (entity == null) {
                    session.persist(target);
                }
                session.flush();
            } finally {
                CaptureScope.applyingRemote(null);
            }
            Map<String, FieldChange> written = new LinkedHashMap<>();
            decision.apply().forEach((field, value) -> written.put(field, new FieldChange(current.get(field), value)));
            writeRemoteLog(session, change, written);
        }
        session.doWork(c -> {
            for (MergeConflict conflict : decision.conflicts()) {
                insertConflict(c, conflict);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sync_applied (change_id, applied_at) VALUES (?, ?)")) {
                insert.setObject(1, change.changeId());
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        });
        return decision.conflicts().size();
    }

    private boolean alreadyApplied(Session session, UUID changeId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT 1 FROM sync_applied WHERE change_id = ? UNION ALL SELECT 1 FROM change_log WHERE change_id = ?")) {
                select.setObject(1, changeId);
                select.setObject(2, changeId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Each field's last write from this row's change-log history (local and applied), by clock then node. */
    private Map<String, FieldVersion> versions(Session session, UUID entityId, Map<String, String> current) {
        Map<String, FieldVersion> versions = new HashMap<>();
        List<ChangeLogEntry> history = session.doReturningWork(c -> read(c,
                SELECT_LOG + "WHERE entity_id = ? ORDER BY seq", entityId));
        for (ChangeLogEntry entry : history) {
            for (String field : entry.changes().keySet()) {
                FieldVersion candidate = new FieldVersion(null, entry.hlc(), entry.nodeId(), entry.changeId());
                FieldVersion known = versions.get(field);
                if (known == null || candidate.compareClock(known) > 0) {
                    versions.put(field, candidate);
                }
            }
        }
        Map<String, FieldVersion> withValues = new HashMap<>();
        current.forEach((field, value) -> {
            FieldVersion v = versions.getOrDefault(field, new FieldVersion(null, 0, "", null));
            withValues.put(field, new FieldVersion(value, v.hlc(), v.nodeId(), v.changeId()));
        });
        return withValues;
    }

    private void writeRemoteLog(Session session, ChangeLogEntry change, Map<String, FieldChange> written) {
        session.doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO change_log (change_id, entity_type, entity_id, "
                    + "operation, changes, actor, hlc, node_id, recorded_at, remote) VALUES (?,?,?,?,?,?,?,?,?,TRUE)")) {
                insert.setObject(1, change.changeId());
                insert.setString(2, change.entityType());
                insert.setObject(3, change.entityId());
                insert.setString(4, change.operation().name());
                insert.setString(5, toJson(written));
                insert.setString(6, change.actor());
                insert.setLong(7, change.hlc());
                insert.setString(8, change.nodeId());
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        });
    }

    private static void insertConflict(Connection c, MergeConflict conflict) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO sync_conflict (id, entity_type, entity_id, field, "
                + "kind, strict_review, winner_value, winner_change_id, winner_node, winner_hlc, loser_value, "
                + "loser_change_id, loser_node, loser_hlc, local_lost, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setObject(1, TimeOrderedUuid.next());
            insert.setString(2, conflict.entityType());
            insert.setObject(3, conflict.entityId());
            insert.setString(4, conflict.field());
            insert.setString(5, conflict.kind().name());
            insert.setBoolean(6, conflict.strictReview());
            insert.setString(7, conflict.winner().value());
            insert.setObject(8, conflict.winner().changeId());
            insert.setString(9, conflict.winner().nodeId());
            insert.setLong(10, conflict.winner().hlc());
            insert.setString(11, conflict.loser().value());
            insert.setObject(12, conflict.loser().changeId());
            insert.setString(13, conflict.loser().nodeId());
            insert.setLong(14, conflict.loser().hlc());
            insert.setBoolean(15, conflict.localLost());
            insert.setTimestamp(16, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    public List<ConflictRow> conflicts(boolean openOnly) {
        String sql = "SELECT id, entity_type, entity_id, field, kind, strict_review, winner_value, winner_node, winner_hlc, "
                + "loser_value, loser_change_id, loser_node, loser_hlc, local_lost, detected_at, resolved_at, resolution "
                + "FROM sync_conflict " + (openOnly ? "WHERE resolved_at IS NULL " : "") + "ORDER BY detected_at, id";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet rs = select.executeQuery()) {
            List<ConflictRow> rows = new ArrayList<>();
            while (rs.next()) {
                Timestamp resolved = rs.getTimestamp(16);
                rows.add(new ConflictRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), MergeConflict.ConflictKind.valueOf(rs.getString(5)), rs.getBoolean(6),
                        rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10), rs.getObject(11, UUID.class),
                        rs.getString(12), rs.getLong(13), rs.getBoolean(14), rs.getTimestamp(15).toInstant(),
                        resolved == null ? null : resolved.toInstant(), rs.getString(17)));
            }
            c.rollback();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sync conflicts", e);
        }
    }

    public enum Resolution { KEEP_MINE, KEEP_THEIRS }

    /**
     * Closes a conflict. When the chosen value is not the one in place, it is written as an ordinary
     * local edit by the actor (captured, audited, pushed with a new clock, so it wins everywhere). A value
     * another row holds under a unique index (a project code the server renamed) is refused with a
     * {@link cn.projectdesk.core.domain.ValidationException} naming that row; the conflict stays open.
     */
    public void resolve(UUID conflictId, Resolution resolution, String actor) {
        ConflictRow conflict = conflicts(false).stream().filter(r -> r.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
        if (!conflict.open()) {
            throw new IllegalStateException("conflict " + conflictId + " is already resolved (" + conflict.resolution() + ")");
        }
        String keep = resolution == Resolution.KEEP_MINE ? conflict.mine() : conflict.theirs();
        Class<?> type = EntityFields.type(conflict.entityType()).orElseThrow();
        database.runInTransaction(actor, session -> {
            Object entity = session.find(type, conflict.entityId());
            FieldWriter writer = new FieldWriter(session, type);
            if (entity != null && !Objects.equals(writer.values(entity).get(conflict.field()), keep)) {
                UniqueValues.requireFree(session, type, conflict.entityId(), conflict.field(), keep);
                writer.set(entity, conflict.field(), keep);
            }
            session.flush();
            session.doWork(c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")) {
                    update.setTimestamp(1, Timestamp.from(Instant.now()));
                    update.setString(2, resolution.name());
                    update.setObject(3, conflictId);
                    update.executeUpdate();
                }
            });
        });
    }

    /**
     * Undoes {@link #resolve}: puts back the value the field had before (an ordinary captured local edit,
     * like the resolution itself) and opens the conflict again, in one transaction.
     */
    public void reopen(UUID conflictId, String previousValue, String actor) {
        ConflictRow conflict = conflicts(false).stream().filter(r -> r.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
        if (conflict.open()) {
            throw new IllegalStateException("conflict " + conflictId + " is open");
        }
        Class<?> type = EntityFields.type(conflict.entityType()).orElseThrow();
        database.runInTransaction(actor, session -> {
            Object entity = session.find(type, conflict.entityId());
            FieldWriter writer = new FieldWriter(session, type);
            if (entity != null && !Objects.equals(writer.values(entity).get(conflict.field()), previousValue)) {
                UniqueValues.requireFree(session, type, conflict.entityId(), conflict.field(), previousValue);
                writer.set(entity, conflict.field(), previousValue);
            }
            session.flush();
            session.doWork(c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE sync_conflict SET resolved_at = NULL, resolution = NULL WHERE id = ?")) {
                    update.setObject(1, conflictId);
                    update.executeUpdate();
                }
            });
        });
    }

    /** The row's fields as canonical text, or an empty map when this node does not have it. */
    public Map<String, String> values(String entityType, UUID entityId) {
        Class<?> type = EntityFields.type(entityType).orElseThrow(() -> new IllegalArgumentException(entityType));
        return database.read(session -> {
            Object entity = session.find(type, entityId);
            return entity == null ? Map.of() : new FieldWriter(session, type).values(entity);
        });
    }

    /** Ids of every row of the type this node holds (tombstones included). */
    public List<UUID> ids(String entityType) {
        Class<?> type = EntityFields.type(entityType).orElseThrow(() -> new IllegalArgumentException(entityType));
        return database.read(session -> session.createSelectionQuery(
                "select e.id from " + type.getSimpleName() + " e order by e.id", UUID.class).getResultList());
    }

    private String toJson(Map<String, FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ChangeLogEntry> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            List<ChangeLogEntry> entries = read(c, sql, parameters);
            c.rollback();
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change log", e);
        }
    }

    private List<ChangeLogEntry> read(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<ChangeLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ChangeLogEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), ChangeOperation.valueOf(rs.getString(5)),
                            parse(rs.getString(6)), rs.getString(7), rs.getLong(8), rs.getString(9),
                            rs.getTimestamp(10).toInstant()));
                }
            }
            return entries;
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                c.rollback();
                return n;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count: " + sql, e);
        }
    }

    private Map<String, FieldChange> parse(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log entry: " + text, e);
        }
    }
}
