package cn.projectdesk.core.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings the schema up to date with Flyway; refuses a database written by a newer ProjectDesk. */
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
        flyway.migrate();
    }
}
