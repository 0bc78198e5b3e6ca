package cn.projectdesk.sync.server;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.store.EntityFields;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.core.store.FieldVersion;
import cn.projectdesk.core.store.MergeConflict;
import cn.projectdesk.sync.protocol.WireChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The server's state that one slice of a push reads and writes, held in memory until it is flushed in the
 * push's transaction. Doing a push change by change cost about eight round trips each (a 100k-change bundle
 * took a minute on H2); here everything the slice touches is read up front with a few IN-list queries, the
 * merge runs against these rows, and the writes go out at the end as multi-row inserts and JDBC batches of
 * reused statements, each record (its merged fields are one row, ADR 33) written once. Pushes hold the {@code server_head} row lock while this runs, so nothing else
 * writes the rows in between (also with several server instances on one PostgreSQL). Plain SQL only:
 * the same statements run on H2 and PostgreSQL.
 */
final class PushBatch {
    /** Ids per IN list (short lists are padded so the statement text, and its parse, is reused). */
    static final int IN_CHUNK = 500;
    /** Rows per multi-row INSERT (13 columns at most: far below any driver's parameter limit). */
    static final int ROWS_PER_INSERT = 200;
    /** Rows per executeBatch of updates. */
    private static final int UPDATE_BATCH = 1000;

    private final Connection c;
    private final Set<UUID> knownChanges;
    private final Map<UUID, UUID> corrections = new HashMap<>();
    private final Map<UUID, Row> rows;
    private final Set<UUID> looked;
    private final Map<String, Optional<UUID>> codes;

    private final List<Object[]> changeRows = new ArrayList<>();
    private final List<Object[]> conflictRows = new ArrayList<>();
    private final List<Object[]> codeRows = new ArrayList<>();
    private final List<Object[]> correctionRows = new ArrayList<>();
    private final Set<UUID> dirty;

    /** One row of the merged state: its type, scope and fields, and whether it is in the database yet. */
    private static final class Row {
        final String type;
        final String scope;
        final Map<String, FieldVersion> fields;
        boolean stored;

        Row(String type, String scope, Map<String, FieldVersion> fields, boolean stored) {
            this.type = type;
            this.scope = scope;
            this.fields = fields;
            this.stored = stored;
        }
    }

    /** Sets sized for the batch up front: a 100k-change bundle otherwise rehashes them many times. */
    private PushBatch(Connection c, int expected) {
        this.c = c;
        knownChanges = new HashSet<>(expected);
        rows = new HashMap<>(expected);
        looked = new HashSet<>(expected);
        codes = new HashMap<>(expected);
        dirty = new LinkedHashSet<>(expected);
    }

    /** Reads what the changes can touch: their ids, their rows, the rows they reference, the codes they claim. */
    static PushBatch load(Connection c, List<WireChange> changes) throws SQLException {
        int expected = changes.size() * 2;
        PushBatch batch = new PushBatch(c, expected);
        Set<UUID> changeIds = new LinkedHashSet<>(expected);
        Set<UUID> entityIds = new LinkedHashSet<>(expected);
        Set<String> claimed = new LinkedHashSet<>();
        for (WireChange change : changes) {
            changeIds.add(change.changeId());
            entityIds.add(change.entityId());
            for (Map.Entry<String, FieldChange> field : change.changes().entrySet()) {
                String value = field.getValue().newValue();
                if (value == null) {
                    continue;
                }
                if (EntityFields.kind(change.entityType(), field.getKey()) == EntityFields.Kind.REFERENCE) {
                    referenced(value).ifPresent(entityIds::add);
                } else if ("Project".equals(change.entityType()) && "code".equals(field.getKey())) {
                    claimed.add(value);
                }
            }
        }
        batch.loadChanges(changeIds);
        batch.loadRows(entityIds);
        batch.loadCodes(claimed);
        return batch;
    }

    private static Optional<UUID> referenced(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an id: the scope rule parses it again and reports it there
        }
    }

    private void loadChanges(Collection<UUID> ids) throws SQLException {
        Set<UUID> stored = new HashSet<>();
        inChunks("SELECT change_id FROM server_change WHERE change_id IN ", ids, rs -> stored.add(rs.getObject(1, UUID.class)));
        knownChanges.addAll(stored);
        if (!stored.isEmpty()) {
            inChunks("SELECT change_id, correction_id FROM server_correction WHERE change_id IN ", stored,
                    rs -> corrections.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
        }
    }

    private void loadRows(Collection<UUID> ids) throws SQLException {
        List<UUID> wanted = ids.stream().filter(looked::add).toList();
        if (wanted.isEmpty()) {
            return;
        }
        inChunks("SELECT entity_id, entity_type, scope_path, merged_fields FROM server_entity WHERE entity_id IN ", wanted,
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    rows.put(id, new Row(rs.getString(2), rs.getString(3), MergedFields.read(id, rs.getString(4)), true));
                });
    }

    private void loadCodes(Collection<String> wanted) throws SQLException {
        List<String> fresh = wanted.stream().filter(code -> !codes.containsKey(code)).toList();
        fresh.forEach(code -> codes.put(code, Optional.empty()));
        inChunks("SELECT code, entity_id FROM server_project_code WHERE code IN ", fresh,
                rs -> codes.put(rs.getString(1), Optional.of(rs.getObject(2, UUID.class))));
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void inChunks(String sqlPrefix, Collection<?> keys, RowReader reader) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        List<?> all = List.copyOf(keys);
        int size = Math.min(IN_CHUNK, all.size());
        StringBuilder sql = new StringBuilder(sqlPrefix).append('(');
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement select = c.prepareStatement(sql.append(')').toString())) {
            for (int from = 0; from < all.size(); from += size) {
                for (int i = 0; i < size; i++) {
                    // the last chunk repeats its first key to fill the list: same statement, same answer
                    Object key = all.get(from + i < all.size() ? from + i : from);
                    select.setObject(i + 1, key);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }

    /** Stored before (or earlier in this push): a repeat. */
    boolean known(UUID changeId) {
        return knownChanges.contains(changeId);
    }

    /** The server's rename handed out for a change, if its code had to be renamed. */
    Optional<UUID> correctionOf(UUID changeId) {
        return Optional.ofNullable(corrections.get(changeId));
    }

    private Row row(UUID id) throws SQLException {
        if (!looked.contains(id)) {
            loadRows(List.of(id)); // not foreseen by load (a reference only a correction holds): ask once
        }
        return rows.get(id);
    }

    /** The scope of a row, stored or created earlier in this push. */
    Optional<String> entityScope(UUID id) throws SQLException {
        Row row = row(id);
        return row == null ? Optional.empty() : Optional.of(row.scope);
    }

    boolean isOrgUnit(UUID id) throws SQLException {
        Row row = row(id);
        return row != null && ServerOrgUnits.TYPE.equals(row.type);
    }

    Optional<String> fieldValue(UUID id, String field) throws SQLException {
        Row row = row(id);
        FieldVersion version = row == null ? null : row.fields.get(field);
        return version == null ? Optional.empty() : Optional.ofNullable(version.value());
    }

    /** The merged fields of a row (a copy: the merge engine gets a snapshot). */
    Map<String, FieldVersion> fields(UUID id) throws SQLException {
        Row row = row(id);
        return row == null ? new HashMap<>() : new HashMap<>(row.fields);
    }

    void storeChange(WireChange change, String changesJson, String scope, String device) {
        knownChanges.add(change.changeId());
        changeRows.add(new Object[] {change.changeId(), change.entityType(), change.entityId(), change.operation(),
                changesJson, change.actor(), change.hlc(), change.nodeId(), scope, device, Timestamp.from(Instant.now())});
    }

    void createRow(UUID id, String type, String scope) throws SQLException {
        if (row(id) != null) {
            throw new IllegalStateException("server row " + id + " exists already");
        }
        rows.put(id, new Row(type, scope, new HashMap<>(), false));
        dirty.add(id);
    }

    void setField(UUID id, String field, FieldVersion version) throws SQLException {
        Row row = row(id);
        if (row == null) {
            throw new IllegalStateException("field " + field + " of server row " + id + ", which was never created");
        }
        row.fields.put(field, version);
        dirty.add(id);
    }

    void conflict(MergeConflict conflict) {
        conflictRows.add(new Object[] {TimeOrderedUuid.next(), conflict.entityType(), conflict.entityId(),
                conflict.field(), conflict.kind().name(), conflict.strictReview(), conflict.winner().value(),
                conflict.winner().changeId(), conflict.winner().nodeId(), conflict.loser().value(),
                conflict.loser().changeId(), conflict.loser().nodeId(), Timestamp.from(Instant.now())});
    }

    /** The project that claimed a code first, if any. */
    Optional<UUID> codeHolder(String code) throws SQLException {
        if (!codes.containsKey(code)) {
            loadCodes(List.of(code)); // a renamed variant: not foreseen by load
        }
        return codes.get(code);
    }

    void claimCode(String code, UUID entityId) {
        codes.put(code, Optional.of(entityId));
        codeRows.add(new Object[] {code, entityId});
    }

    void recordCorrection(UUID changeId, UUID correctionId) {
        corrections.put(changeId, correctionId);
        correctionRows.add(new Object[] {changeId, correctionId});
    }

    /** Writes everything out: changes in push order (the identity column numbers them in that order). */
    void flush() throws SQLException {
        insert("server_change (change_id, entity_type, entity_id, operation, changes, actor, hlc, node_id, scope_path, "
                + "device, received_at)", 11, changeRows);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (UUID id : dirty) {
            Row row = rows.get(id);
            String merged = MergedFields.write(row.fields);
            if (ServerOrgUnits.TYPE.equals(row.type)) {
                ServerOrgUnits.save(c, id, row.fields, row.stored);
            }
            if (row.stored) {
                updates.add(new Object[] {merged, id});
            } else {
                inserts.add(new Object[] {id, row.type, row.scope, merged});
                row.stored = true;
            }
        }
        dirty.clear();
        insert("server_entity (entity_id, entity_type, scope_path, merged_fields)", 4, inserts);
        update("UPDATE server_entity SET merged_fields = ? WHERE entity_id = ?", updates);
        insert("server_conflict (id, entity_type, entity_id, field, kind, strict_review, winner_value, winner_change_id, "
                + "winner_node, loser_value, loser_change_id, loser_node, detected_at)", 13, conflictRows);
        insert("server_project_code (code, entity_id)", 2, codeRows);
        insert("server_correction (change_id, correction_id)", 2, correctionRows);
    }

    /**
     * Multi-row inserts: one statement per {@link #ROWS_PER_INSERT} rows (on embedded H2 a JDBC batch still runs
     * every row as its own command; one command for many rows is what saves the time), rows in list order.
     */
    private void insert(String tableAndColumns, int columns, List<Object[]> pending) throws SQLException {
        int full = pending.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement statement = c.prepareStatement(insertSql(tableAndColumns, columns, ROWS_PER_INSERT))) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    bind(statement, pending.subList(from, from + ROWS_PER_INSERT));
                    statement.executeUpdate();
                }
            }
        }
        if (full < pending.size()) {
            try (PreparedStatement statement = c.prepareStatement(insertSql(tableAndColumns, columns, pending.size() - full))) {
                bind(statement, pending.subList(full, pending.size()));
                statement.executeUpdate();
            }
        }
        pending.clear();
    }

    private static String insertSql(String tableAndColumns, int columns, int rowCount) {
        String row = "(" + "?,".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? row : "," + row);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement statement, List<Object[]> rowsToBind) throws SQLException {
        int index = 1;
        for (Object[] values : rowsToBind) {
            for (Object value : values) {
                bind(statement, index++, value);
            }
        }
    }

    /** Typed setters for the common types: setObject's type dispatch was a sixth of the insert time. */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Updates as one JDBC batch per {@link #UPDATE_BATCH} rows of one reused statement. */
    private void update(String sql, List<Object[]> pending) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int from = 0; from < pending.size(); from += UPDATE_BATCH) {
                for (Object[] values : pending.subList(from, Math.min(pending.size(), from + UPDATE_BATCH))) {
                    for (int i = 0; i < values.length; i++) {
                        bind(statement, i + 1, values[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        pending.clear();
    }
}
