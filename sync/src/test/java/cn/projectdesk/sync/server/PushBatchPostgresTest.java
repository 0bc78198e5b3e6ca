package cn.projectdesk.sync.server;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The batched push on a real PostgreSQL: the same statements (IN lists, multi-row inserts, batched
 * updates) must run there too. Needs PROJECTDESK_TEST_PG_URL like {@link PostgresModeTest} (a throw-away
 * database: its public schema is recreated); skipped with a message without it.
 */
class PushBatchPostgresTest extends PushBatchTest {
    @Override
    String jdbcUrl(Path serverDir) throws Exception {
        String url = System.getenv("PROJECTDESK_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL mode of the batched push NOT tested: PROJECTDESK_TEST_PG_URL is not set "
                        + "(run: eval \"$(sync/src/test/pg/start-test-postgres.sh)\")");
        try (var c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }

    @Override
    String user() {
        return "";
    }
}
