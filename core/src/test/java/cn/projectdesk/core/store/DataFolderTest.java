package cn.projectdesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clear refusals when a data folder cannot be used. */
class DataFolderTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderAndReopensIt() {
        try (Database db = Database.open(dir)) {
            assertThat(db.nodeId()).isNotBlank();
            db.settings().put("x", "1");
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.settings().get("x")).contains("1");
        }
    }

    @Test
    void keepsTheSameNodeIdAcrossRestarts() {
        String first;
        try (Database db = Database.open(dir)) {
            first = db.nodeId();
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.nodeId()).isEqualTo(first);
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderSaysItIsAlreadyRunning() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.ALREADY_RUNNING))
                    .hasMessageContaining("already running").hasMessageContaining(dir.toString());
        }
    }

    @Test
    void anUnwritableFolderIsReportedClearly() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
        assertThatThrownBy(() -> Database.open(locked))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.NOT_WRITABLE))
                .hasMessageContaining("cannot be written");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.nodeId()).isNotBlank();
        }
        String url = "jdbc:h2:file:" + dir.resolve("projectdesk");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.SCHEMA_TOO_NEW))
                .hasMessageContaining("newer version");
        // the refusal released the folder again
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '999'");
        }
        Database.open(dir).close();
    }

    @Test
    void aHistoryThatDoesNotMatchThisVersionIsRefusedWithAMessageNotFlywaysText() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.nodeId()).isNotBlank();
        }
        String url = "jdbc:h2:file:" + dir.resolve("projectdesk");
        // a folder made by a development build whose migration was later renumbered: V51 never applied here
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '51'");
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.SCHEMA_MISMATCH);
                    assertThat(e.arguments()).hasSize(2).first().isEqualTo(dir.toString());
                    assertThat(e.arguments().get(1)).contains("51");
                })
                .hasMessageContaining("does not match this version");
    }
}
