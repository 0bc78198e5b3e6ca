package cn.projectdesk.sync.server;

import java.nio.file.Path;

/**
 * The batched push on a real PostgreSQL: the same statements (IN lists, multi-row inserts, batched
 * updates) must run there too. Needs PROJECTDESK_TEST_PG_URL like {@link PostgresModeTest} (a throw-away
 * database: its public schema is recreated); skipped with a message without it.
 */
class PushBatchPostgresTest extends PushBatchTest {
    @Override
    String jdbcUrl(Path serverDir) throws Exception {
        return TestPostgres.emptyDatabase("PostgreSQL mode of the batched push");
    }

    @Override
    String user() {
        return "";
    }
}
