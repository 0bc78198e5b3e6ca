package cn.projectdesk.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL side of a backup: H2's online {@code BACKUP TO} (a consistent copy of the open database,
 * written while the application keeps running) and the row count of every table, which the manifest
 * records and a restore compares. Lives in {@code store} because only this package touches JDBC.
 */
public final class OnlineBackup {
    private static final int ATTEMPTS = 3;

    private OnlineBackup() {
    }

    /**
     * Writes the database as a zip and returns the counts that belong to it. The counts are taken just
     * before and just after the copy; if a write slipped in between, the copy is taken again, so that
     * the manifest never promises counts the copy does not have.
     */
    public static Map<String, Long> backupTo(Database database, Path zip) {
        try (Connection c = database.dataSource().getConnection()) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                // BACKUP copies the file as last written: commits still in memory would be missing
                try (Statement checkpoint = c.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
                Map<String, Long> before = counts(c);
                try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                    backup.setString(1, zip.toAbsolutePath().toString());
                    backup.execute();
                }
                Map<String, Long> after = counts(c);
                c.rollback();
                if (before.equals(after) && after.equals(countsInZip(zip))) {
                    return after;
                }
            }
            throw new IllegalStateException("the database kept changing during " + ATTEMPTS + " backup attempts");
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("online backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * The counts of the copy itself, opened from a scratch folder: the manifest must promise only what
     * the copy holds, and this is what a restore will compare.
     */
    private static Map<String, Long> countsInZip(Path zip) throws java.io.IOException {
        Path scratch = java.nio.file.Files.createTempDirectory(zip.getParent(), ".verify");
        try {
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
                for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().equals(databaseFileName())) {
                        java.nio.file.Files.copy(in, scratch.resolve(databaseFileName()));
                    }
                }
            }
            return countsInFolder(scratch);
        } finally {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(scratch)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Row count per table of the application schema (Flyway's history included: it pins the schema version). */
    public static Map<String, Long> tableCounts(Database database) {
        try (Connection c = database.dataSource().getConnection()) {
            Map<String, Long> counts = counts(c);
            c.rollback();
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows: " + e.getMessage(), e);
        }
    }

    /**
     * Row counts of a database file as it lies in a folder, before any migration runs: what a restore
     * unpacked, compared with the manifest before the application opens (and perhaps migrates) it.
     */
    public static Map<String, Long> countsInFolder(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.DB_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            return counts(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the restored database cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The name of the database file inside a data folder (and inside H2's backup zip). */
    public static String databaseFileName() {
        return Database.DB_NAME + ".mv.db";
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }
}
