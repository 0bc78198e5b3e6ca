package cn.projectdesk.sync.server;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** Schema 3 → 4 on a real PostgreSQL (PROJECTDESK_TEST_PG_URL, a throw-away database); skipped without it. */
class MergedFieldsMigrationPostgresTest extends MergedFieldsMigrationTest {
    @Override
    String jdbcUrl(Path serverDir) throws Exception {
        String url = System.getenv("PROJECTDESK_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "PostgreSQL migration to schema 4 NOT tested: PROJECTDESK_TEST_PG_URL is not set "
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
