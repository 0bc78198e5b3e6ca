package cn.projectdesk.sync.server;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.sync.protocol.WireChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Project codes are unique across all offices (ADR 26). Two offices working offline can allocate the
 * same code; the first push keeps it, and a later claim by another project is renamed here: the stored
 * change carries the free code (so no other office ever holds two projects with one code) and a
 * correction, a change of the server's own, renames the project on the office that claimed it, where it
 * is also kept as a conflict (the office's code lost). A code once claimed is never given to another
 * project, even after its project moved on: offices that have not yet pulled that move still hold it.
 */
final class ProjectCodes {
    static final String SERVER_NODE = "hq-server";
    static final String SERVER_ACTOR = "server";
    private static final String PROJECT = "Project";
    private static final String CODE = "code";
    private static final int MAX_LENGTH = 40;

    private ProjectCodes() {
    }

    /** The change as it is stored, and the server's correction when its code had to be renamed. */
    record Claim(WireChange stored, WireChange correction) {
    }

    static Claim claim(Connection c, WireChange change) throws SQLException {
        FieldChange code = PROJECT.equals(change.entityType()) ? change.changes().get(CODE) : null;
        if (code == null || code.newValue() == null) {
            return new Claim(change, null);
        }
        String wanted = code.newValue();
        Optional<UUID> holder = holder(c, wanted);
        if (holder.isEmpty() || holder.get().equals(change.entityId())) {
            if (holder.isEmpty()) {
                record(c, wanted, change.entityId());
            }
            return new Claim(change, null);
        }
        String renamed = freeVariant(c, wanted);
        record(c, renamed, change.entityId());
        Map<String, FieldChange> fields = new LinkedHashMap<>(change.changes());
        fields.put(CODE, new FieldChange(code.oldValue(), renamed));
        WireChange stored = new WireChange(change.seq(), change.changeId(), change.entityType(), change.entityId(),
                change.operation(), fields, change.actor(), change.hlc(), change.nodeId());
        // old value unknown to the claimant (null): its own code is kept as a conflict on its review list
        WireChange correction = new WireChange(0, TimeOrderedUuid.next(), PROJECT, change.entityId(), "UPDATE",
                Map.of(CODE, new FieldChange(null, renamed)), SERVER_ACTOR, change.hlc() + 1, SERVER_NODE);
        return new Claim(stored, correction);
    }

    private static String freeVariant(Connection c, String wanted) throws SQLException {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = wanted.length() + suffix.length() > MAX_LENGTH ? wanted.substring(0, MAX_LENGTH - suffix.length())
                    : wanted;
            if (holder(c, base + suffix).isEmpty()) {
                return base + suffix;
            }
        }
    }

    private static Optional<UUID> holder(Connection c, String code) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT entity_id FROM server_project_code WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static void record(Connection c, String code, UUID entityId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO server_project_code (code, entity_id) VALUES (?, ?)")) {
            insert.setString(1, code);
            insert.setObject(2, entityId);
            insert.executeUpdate();
        }
    }

    static void recordCorrection(Connection c, UUID changeId, UUID correctionId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO server_correction (change_id, correction_id) VALUES (?, ?)")) {
            insert.setObject(1, changeId);
            insert.setObject(2, correctionId);
            insert.executeUpdate();
        }
    }

    static Optional<UUID> correctionOf(Connection c, UUID changeId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT correction_id FROM server_correction WHERE change_id = ?")) {
            select.setObject(1, changeId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }
}
