package cn.projectdesk.sync.server;

import java.nio.file.Path;

/** Schema 3 → 4 on a real PostgreSQL (PROJECTDESK_TEST_PG_URL, a throw-away database); skipped without it. */
class MergedFieldsMigrationPostgresTest extends MergedFieldsMigrationTest {
    @Override
    String jdbcUrl(Path serverDir) throws Exception {
        return TestPostgres.emptyDatabase("PostgreSQL migration to schema 4");
    }

    @Override
    String user() {
        return "";
    }
}
