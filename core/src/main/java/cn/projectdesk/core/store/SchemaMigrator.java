package cn.projectdesk.core.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the schema up to date with Flyway; refuses a database written by a newer ProjectDesk, and turns
 * Flyway's own failures (a history that does not match this version's migrations, a migration that
 * failed) into a {@link StorageException} the user can act on instead of Flyway's raw text.
 */
final class SchemaMigrator {
    private SchemaMigrator() {
    }

    static void migrate(DataSource dataSource, String where) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new StorageException(StorageException.Reason.SCHEMA_TOO_NEW,
                        "The database in " + where + " was written by a newer version of ProjectDesk (schema "
                                + applied.getVersion() + "). Install that version or newer to open it.", null,
                        where, applied.getVersion());
            }
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            String detail = detail(e.getMessage());
            throw new StorageException(StorageException.Reason.SCHEMA_MISMATCH, "The database in " + where
                    + " does not match this version of ProjectDesk (" + detail + "). Open it with the version that"
                    + " wrote it, or restore a backup made by this version.", e, where, detail);
        }
    }

    /**
     * The line of Flyway's message that names the problem ("Detected resolved migration not applied to
     * database: 51."), skipping its "Validate failed" heading and its advice on Flyway options, which
     * mean nothing to a user.
     */
    static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "unknown";
        }
        java.util.List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String line = lines.stream()
                .filter(l -> !l.startsWith("Validate failed") && !l.startsWith("To fix") && !l.startsWith("Need more")
                        && !l.startsWith("-"))
                .findFirst().orElse(lines.get(0));
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
