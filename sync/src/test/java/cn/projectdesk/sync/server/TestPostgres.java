package cn.projectdesk.sync.server;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The throw-away PostgreSQL the server's PostgreSQL tests run against (PROJECTDESK_TEST_PG_URL, started by
 * {@code sync/src/test/pg/start-test-postgres.sh}; CI does this). Without it the calling test is skipped, saying
 * what was not tested.
 */
final class TestPostgres {
    private TestPostgres() {
    }

    /** The database's URL with its public schema recreated empty. */
    static String emptyDatabase(String notTested) throws SQLException {
        String url = System.getenv("PROJECTDESK_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), notTested + " NOT tested: PROJECTDESK_TEST_PG_URL is not set "
                + "(run: eval \"$(sync/src/test/pg/start-test-postgres.sh)\")");
        try (var c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }
}
