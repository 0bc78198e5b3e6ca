package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.FieldVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Server schema 4 (ADR 33): the merged fields move from one {@code server_field} row per field into one
 * JSON column of {@code server_entity}, and org units get the small table every request looks up. In
 * Java because H2 and PostgreSQL share no JSON aggregate; the same statements run on both.
 */
final class MergedFieldsMigration implements JavaMigration {
    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "merged fields in one row";
    }

    @Override
    public Integer getChecksum() {
        return 4_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        refuseStrayFields(c); // before any DDL: H2 commits DDL at once, and nothing may change if this refuses
        try (Statement ddl = c.createStatement()) {
            ddl.execute("ALTER TABLE server_entity ADD COLUMN merged_fields VARCHAR(1000000)");
            ddl.execute("CREATE TABLE server_org_unit (entity_id UUID PRIMARY KEY, code VARCHAR(200), "
                    + "path VARCHAR(1000))");
        }
        moveFields(c);
        try (Statement ddl = c.createStatement()) {
            ddl.execute("UPDATE server_entity SET merged_fields = '{}' WHERE merged_fields IS NULL");
            ddl.execute("ALTER TABLE server_entity ALTER COLUMN merged_fields SET NOT NULL");
            ddl.execute("DROP TABLE server_field");
            ddl.execute("DROP INDEX server_entity_type");
        }
    }

    private static void refuseStrayFields(Connection c) throws SQLException {
        try (Statement select = c.createStatement();
             ResultSet rs = select.executeQuery("SELECT f.entity_id FROM server_field f LEFT JOIN server_entity e "
                     + "ON e.entity_id = f.entity_id WHERE e.entity_id IS NULL")) {
            if (rs.next()) { // never written by any server version: refuse rather than drop it
                throw new SQLException("server_field holds fields of row " + rs.getObject(1, UUID.class)
                        + ", which server_entity lacks; restore the server from its backup or remove those fields, "
                        + "then start it again");
            }
        }
    }

    private static void moveFields(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT f.entity_id, f.field, f.field_value, f.hlc, f.node_id, "
                + "f.change_id, e.entity_type FROM server_field f JOIN server_entity e ON e.entity_id = f.entity_id "
                + "ORDER BY f.entity_id");
             PreparedStatement update = c.prepareStatement("UPDATE server_entity SET merged_fields = ? WHERE entity_id = ?");
             PreparedStatement orgUnit = c.prepareStatement(
                     "INSERT INTO server_org_unit (entity_id, code, path) VALUES (?, ?, ?)");
             ResultSet rs = select.executeQuery()) {
            UUID current = null;
            String type = null;
            Map<String, FieldVersion> fields = new HashMap<>();
            int pending = 0;
            while (true) {
                boolean more = rs.next();
                UUID id = more ? rs.getObject(1, UUID.class) : null;
                if (current != null && !current.equals(id)) {
                    write(update, orgUnit, current, type, fields);
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                    }
                    fields = new HashMap<>();
                }
                if (!more) {
                    break;
                }
                current = id;
                type = rs.getString(7);
                fields.put(rs.getString(2), new FieldVersion(rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, UUID.class)));
            }
            update.executeBatch();
        }
    }

    private static void write(PreparedStatement update, PreparedStatement orgUnit, UUID id, String type,
                              Map<String, FieldVersion> fields) throws SQLException {
        update.setString(1, MergedFields.write(fields));
        update.setObject(2, id);
        update.addBatch();
        if (ServerOrgUnits.TYPE.equals(type)) {
            orgUnit.setObject(1, id);
            orgUnit.setString(2, ServerOrgUnits.value(fields, "code"));
            orgUnit.setString(3, ServerOrgUnits.value(fields, "path"));
            orgUnit.executeUpdate();
        }
    }
}
