package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.FieldVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The org units' codes and paths ({@code server_org_unit}), kept in step with their merged rows by every
 * push: each request looks up its device's org unit by code, and the merged fields themselves are JSON.
 */
final class ServerOrgUnits {
    static final String TYPE = "OrgUnit";

    private ServerOrgUnits() {
    }

    static String value(Map<String, FieldVersion> fields, String field) {
        FieldVersion version = fields.get(field);
        return version == null ? null : version.value();
    }

    /** The path of the org unit with this code (codes are unique among org units). */
    static Optional<String> path(Connection c, String code) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT path FROM server_org_unit WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<UUID> id(Connection c, String code) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT entity_id FROM server_org_unit WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** Writes an org unit's code and path after a push changed its row. */
    static void save(Connection c, UUID id, Map<String, FieldVersion> fields, boolean known) throws SQLException {
        String sql = known ? "UPDATE server_org_unit SET code = ?, path = ? WHERE entity_id = ?"
                : "INSERT INTO server_org_unit (code, path, entity_id) VALUES (?, ?, ?)";
        try (PreparedStatement write = c.prepareStatement(sql)) {
            write.setString(1, value(fields, "code"));
            write.setString(2, value(fields, "path"));
            write.setObject(3, id);
            write.executeUpdate();
        }
    }
}
