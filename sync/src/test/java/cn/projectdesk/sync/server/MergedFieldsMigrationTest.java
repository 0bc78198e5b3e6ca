package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that ran schema 3 (one row per merged field) keeps every value, stamp and org unit when it
 * moves to schema 4 (ADR 33), and one that holds fields of a row it never stored refuses to move.
 */
class MergedFieldsMigrationTest {
    private static final UUID ORG_UNIT = UUID.fromString("0190aa00-0000-7000-8000-000000000001");
    private static final UUID PROJECT = UUID.fromString("0190aa00-0000-7000-8000-000000000002");
    private static final UUID CHANGE_A = UUID.fromString("0190aa00-0000-7000-8000-0000000000a1");
    private static final UUID CHANGE_B = UUID.fromString("0190aa00-0000-7000-8000-0000000000b1");

    @TempDir
    Path dir;

    String jdbcUrl(Path serverDir) throws Exception {
        return ServerStore.defaultUrl(serverDir);
    }

    String user() {
        return "sa";
    }

    @Test
    void schemaThreeRowsComeThroughWithTheirStampsAndOrgUnits() throws Exception {
        String url = jdbcUrl(dir);
        atSchemaThree(url, c -> {
            entity(c, ORG_UNIT, "OrgUnit", "");
            field(c, ORG_UNIT, "code", "KS1", 10, "hq", CHANGE_A);
            field(c, ORG_UNIT, "path", "/LJFGJ/KS1/", 10, "hq", CHANGE_A);
            entity(c, PROJECT, "Project", "/LJFGJ/KS1/");
            field(c, PROJECT, "code", "KS1-2026-001", 20, "node-a", CHANGE_A);
            field(c, PROJECT, "name", "老旧小区改造 \"一期\"", 30, "node-b", CHANGE_B);
            field(c, PROJECT, "owner", null, 30, "node-b", CHANGE_B);
        });

        try (ServerStore store = ServerStore.open(url, user(), "")) {
            ServerLedger ledger = new ServerLedger(store);
            assertThat(ledger.values(PROJECT)).containsEntry("code", "KS1-2026-001")
                    .containsEntry("name", "老旧小区改造 \"一期\"").containsEntry("owner", null).hasSize(3);
            assertThat(ledger.orgUnitId("KS1")).contains(ORG_UNIT);
            Optional<String> path = store.inTransaction(c -> ServerLedger.orgUnitPath(c, "KS1"));
            assertThat(path).contains("/LJFGJ/KS1/");
            String merged = store.inTransaction(c -> {
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT merged_fields FROM server_entity WHERE entity_id = ?")) {
                    select.setObject(1, PROJECT);
                    try (var rs = select.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            var fields = MergedFields.read(PROJECT, merged);
            assertThat(fields.get("code").hlc()).isEqualTo(20);
            assertThat(fields.get("code").nodeId()).isEqualTo("node-a");
            assertThat(fields.get("name").changeId()).isEqualTo(CHANGE_B);
            assertThat(fields.get("owner").hlc()).isEqualTo(30);
        }
    }

    @Test
    void fieldsOfARowNeverStoredStopTheMigrationAndNothingChanges() throws Exception {
        String url = jdbcUrl(dir);
        atSchemaThree(url, c -> field(c, PROJECT, "name", "孤立字段", 5, "node-a", CHANGE_A));

        assertThatThrownBy(() -> ServerStore.open(url, user(), "").close())
                .hasStackTraceContaining("server_field holds fields of row " + PROJECT);
        try (HikariDataSource plain = dataSource(url); Connection c = plain.getConnection();
             var rs = c.createStatement().executeQuery("SELECT field_value FROM server_field")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("孤立字段");
            try (var columns = c.createStatement().executeQuery("SELECT * FROM server_entity")) {
                assertThat(columns.getMetaData().getColumnCount()).isEqualTo(3); // no merged_fields column added
            }
        }
    }

    @FunctionalInterface
    private interface Rows {
        void write(Connection c) throws SQLException;
    }

    private void atSchemaThree(String url, Rows rows) throws SQLException {
        try (HikariDataSource plain = dataSource(url)) {
            Flyway.configure().dataSource(plain).locations("classpath:db/server").table("server_schema_history")
                    .target("3").load().migrate();
            try (Connection c = plain.getConnection()) {
                c.setAutoCommit(false);
                rows.write(c);
                c.commit();
            }
        }
    }

    private HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user());
        ds.setPassword("");
        return ds;
    }

    private static void entity(Connection c, UUID id, String type, String scope) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO server_entity (entity_id, entity_type, scope_path) VALUES (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, scope);
            insert.executeUpdate();
        }
    }

    private static void field(Connection c, UUID id, String field, String value, long hlc, String node, UUID change)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO server_field (entity_id, field, field_value, hlc, "
                + "node_id, change_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, field);
            insert.setString(3, value);
            insert.setLong(4, hlc);
            insert.setString(5, node);
            insert.setObject(6, change);
            insert.executeUpdate();
        }
    }
}
