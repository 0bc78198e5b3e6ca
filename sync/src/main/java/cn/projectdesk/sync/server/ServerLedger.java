package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.EntityFields;
import cn.projectdesk.core.store.EntitySnapshot;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.core.store.FieldVersion;
import cn.projectdesk.core.store.MergeConflict;
import cn.projectdesk.core.store.MergeDecision;
import cn.projectdesk.sync.merge.FieldMergeEngine;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.ReferenceData;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The server's log of changes and its merged state. A push is one transaction: every change is checked
 * against the device's scope first (one outside refuses the whole batch), then stored once by change
 * id with the next server sequence and merged field by field with the nodes' own engine. A pull
 * returns the changes after a cursor within the device's scope.
 */
public final class ServerLedger {
    /** Changes merged and written per slice of one push (all slices in its one transaction). */
    static final int PUSH_SLICE = 10_000;

    private final ServerStore store;
    private final FieldMergeEngine engine = new FieldMergeEngine();

    public ServerLedger(ServerStore store) {
        this.store = store;
    }

    public ServerStore store() {
        return store;
    }

    /** The device of a certificate serial, or a refusal when it is unknown or revoked. */
    public DeviceIdentity device(String serial) {
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, org_unit_code, revoked_at FROM device WHERE serial = ?")) {
                select.setString(1, serial);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new RefusedException(403, "unknown_device", "certificate " + serial + " was not issued here");
                    }
                    if (rs.getTimestamp(3) != null) {
                        throw new RefusedException(403, "revoked_device", "certificate of device " + rs.getString(1)
                                + " was revoked");
                    }
                    String code = rs.getString(2);
                    String path = orgUnitPath(c, code).orElseThrow(() -> new RefusedException(403, "unknown_org_unit",
                            "org unit " + code + " of device " + serial + " is unknown here"));
                    return new DeviceIdentity(serial, rs.getString(1), code, path);
                }
            }
        });
    }

    public PushResponse push(DeviceIdentity device, List<WireChange> changes) {
        return push(device, changes, c -> null);
    }

    /**
     * A push with more work in the same transaction (a bundle's import record): all of it or nothing. The
     * rows the batch touches are read first and its writes go out as JDBC batches at the end ({@link PushBatch}).
     */
    public PushResponse push(DeviceIdentity device, List<WireChange> changes, ServerStore.Work<?> alsoInTransaction) {
        changes.forEach(WireChange::validate);
        return store.inTransaction(c -> {
            try (PreparedStatement lock = c.prepareStatement("UPDATE server_head SET pushes = pushes + 1 WHERE id = 1")) {
                lock.executeUpdate(); // row lock until commit: sequences become visible in order
            }
            int accepted = 0;
            int duplicates = 0;
            List<UUID> corrections = new ArrayList<>();
            // in slices, each written before the next is read (same transaction, so it sees them): a 100k-change
            // bundle need not hold all its rows in memory at once
            for (int from = 0; from < changes.size(); from += PUSH_SLICE) {
                List<WireChange> slice = changes.subList(from, Math.min(changes.size(), from + PUSH_SLICE));
                PushBatch batch = PushBatch.load(c, slice);
                for (WireChange change : slice) {
                    if (batch.known(change.changeId())) {
                        duplicates++;
                        // a repeated push (the answer was lost) gets the same corrections again
                        batch.correctionOf(change.changeId()).ifPresent(corrections::add);
                        continue;
                    }
                    String scope = scopeOf(batch, change);
                    if (!device.covers(scope)) {
                        throw new RefusedException(403, "out_of_scope", "change " + change.changeId() + " ("
                                + change.entityType() + " " + change.entityId() + ") is outside the scope of device "
                                + device.name() + " (" + device.orgUnitCode() + ")");
                    }
                    ProjectCodes.Claim claim = ProjectCodes.claim(batch, change);
                    batch.storeChange(claim.stored(), toJson(claim.stored().changes()), scope, device.serial());
                    merge(batch, claim.stored(), scope);
                    if (claim.correction() != null) {
                        renamed(batch, change, claim.correction(), scope);
                        corrections.add(claim.correction().changeId());
                    }
                    accepted++;
                }
                batch.flush();
            }
            List<WireChange> answered = new ArrayList<>();
            for (UUID correction : corrections) { // read back once stored: they go out with their server seq
                answered.add(changeById(c, correction));
            }
            alsoInTransaction.run(c);
            return new PushResponse(accepted, duplicates, head(c), answered);
        });
    }

    /** Stores the server's rename of a code another project claimed first, and keeps the office's code as a conflict. */
    private void renamed(PushBatch batch, WireChange original, WireChange correction, String scope) throws SQLException {
        batch.storeChange(correction, toJson(correction.changes()), scope, ProjectCodes.SERVER_ACTOR);
        merge(batch, correction, scope);
        batch.recordCorrection(original.changeId(), correction.changeId());
        FieldVersion winner = new FieldVersion(correction.changes().get("code").newValue(), correction.hlc(),
                correction.nodeId(), correction.changeId());
        FieldVersion loser = new FieldVersion(original.changes().get("code").newValue(), original.hlc(),
                original.nodeId(), original.changeId());
        batch.conflict(new MergeConflict(original.entityType(), original.entityId(), "code",
                MergeConflict.ConflictKind.FIELD, false, winner, loser, true));
    }

    private WireChange changeById(Connection c, UUID changeId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT seq, change_id, entity_type, entity_id, operation, "
                + "changes, actor, hlc, node_id FROM server_change WHERE change_id = ?")) {
            select.setObject(1, changeId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new WireChange(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), parse(rs.getString(6)), rs.getString(7),
                        rs.getLong(8), rs.getString(9));
            }
        }
    }

    public PullResponse pull(DeviceIdentity device, long after, int limit) {
        return store.inTransaction(c -> {
            long head = head(c);
            // a device's own changes come back too (ADR 26): a node restored from a backup, or one that lost its
            // last commits in a power cut, gets back what it pushed; a node skips what it has by change id
            String sql = "SELECT seq, change_id, entity_type, entity_id, operation, changes, actor, hlc, node_id "
                    + "FROM server_change WHERE seq > ? AND seq <= ?"
                    + (device.headquarters() ? "" : " AND (scope_path = '' OR scope_path LIKE ?)")
                    + " ORDER BY seq LIMIT ?";
            List<WireChange> out = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                int i = 1;
                select.setLong(i++, after);
                select.setLong(i++, head);
                if (!device.headquarters()) {
                    select.setString(i++, device.scopePath() + "%");
                }
                select.setInt(i, limit + 1);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new WireChange(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getObject(4, UUID.class), rs.getString(5), parse(rs.getString(6)), rs.getString(7),
                                rs.getLong(8), rs.getString(9)));
                    }
                }
            }
            boolean more = out.size() > limit;
            List<WireChange> page = more ? out.subList(0, limit) : out;
            long cursor = more ? page.get(page.size() - 1).seq() : Math.max(after, head);
            return new PullResponse(List.copyOf(page), cursor, more);
        });
    }

    /** Raises the device's acknowledged change-log seq (never lowers it). */
    public static Object acknowledge(Connection c, DeviceIdentity device, long throughSeq) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE device_ack SET through_seq = ? WHERE serial = ? AND through_seq < ?")) {
            update.setLong(1, throughSeq);
            update.setString(2, device.serial());
            update.setLong(3, throughSeq);
            if (update.executeUpdate() > 0) {
                return null;
            }
        }
        if (acknowledged(c, device.serial()) < 0) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO device_ack (serial, through_seq) VALUES (?, ?)")) {
                insert.setString(1, device.serial());
                insert.setLong(2, throughSeq);
                insert.executeUpdate();
            }
        }
        return null;
    }

    /** The device's acknowledged change-log seq, or -1 when it never pushed. */
    public static long acknowledged(Connection c, String serial) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT through_seq FROM device_ack WHERE serial = ?")) {
            select.setString(1, serial);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static long head(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM server_change");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Which office a change belongs to: a known row keeps its scope; reference data is everyone's
     * (""); a project belongs to its department; anything else to the row it references.
     */
    private String scopeOf(PushBatch batch, WireChange change) throws SQLException {
        Optional<String> known = batch.entityScope(change.entityId());
        if (known.isPresent()) {
            return known.get();
        }
        if (ReferenceData.TYPES.contains(change.entityType())) {
            return "";
        }
        for (Map.Entry<String, FieldChange> field : change.changes().entrySet()) {
            String target = field.getValue().newValue();
            if (target == null || EntityFields.kind(change.entityType(), field.getKey()) != EntityFields.Kind.REFERENCE) {
                continue;
            }
            UUID targetId = UUID.fromString(target);
            Optional<String> orgUnitPath = batch.isOrgUnit(targetId) ? batch.fieldValue(targetId, "path") : Optional.empty();
            Optional<String> scope = orgUnitPath.isPresent() ? orgUnitPath : batch.entityScope(targetId);
            if (scope.isPresent() && !scope.get().isEmpty()) {
                return scope.get();
            }
        }
        return "";
    }

    static Optional<String> orgUnitPath(Connection c, String code) throws SQLException {
        return ServerOrgUnits.path(c, code);
    }

    /** The id of the org unit with this code, when headquarters has published it. */
    public Optional<UUID> orgUnitId(String code) {
        return store.inTransaction(c -> ServerOrgUnits.id(c, code));
    }

    private void merge(PushBatch batch, WireChange change, String scope) throws SQLException {
        Map<String, FieldVersion> fields = batch.fields(change.entityId());
        boolean exists = batch.entityScope(change.entityId()).isPresent();
        if (!exists) {
            batch.createRow(change.entityId(), change.entityType(), scope);
        }
        EntitySnapshot snapshot = new EntitySnapshot(change.entityType(), change.entityId(), exists, fields);
        MergeDecision decision = engine.merge(snapshot, change.toEntry());
        for (Map.Entry<String, String> field : decision.apply().entrySet()) {
            batch.setField(change.entityId(), field.getKey(), new FieldVersion(field.getValue(), change.hlc(),
                    change.nodeId(), change.changeId()));
        }
        for (MergeConflict conflict : decision.conflicts()) {
            batch.conflict(conflict);
        }
    }

    /** The merged fields of one row on the server (what every node in scope must end up with). */
    public Map<String, String> values(UUID entityId) {
        return store.inTransaction(c -> {
            Map<String, String> values = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT merged_fields FROM server_entity WHERE entity_id = ?")) {
                select.setObject(1, entityId);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        MergedFields.read(entityId, rs.getString(1)).forEach((field, v) -> values.put(field, v.value()));
                    }
                }
            }
            return values;
        });
    }

    /** Ids of the rows of a type in a scope ("" = all). */
    public List<UUID> ids(String entityType, String scopePrefix) {
        return store.inTransaction(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT entity_id FROM server_entity WHERE entity_type = ? "
                    + "AND scope_path LIKE ? ORDER BY entity_id")) {
                select.setString(1, entityType);
                select.setString(2, scopePrefix + "%");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
    }

    public long count(String table) {
        if (!Set.of("server_change", "server_conflict", "server_entity", "device").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Losing values kept by the server's own merge: change ids of the losers. */
    public Set<UUID> conflictLosers() {
        return store.inTransaction(c -> {
            Set<UUID> ids = new java.util.HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT loser_change_id FROM server_conflict");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    private static String toJson(Map<String, FieldChange> changes) {
        return StoredChanges.write(changes);
    }

    private static Map<String, FieldChange> parse(String text) {
        return StoredChanges.read(text);
    }
}
