package cn.projectdesk.sync.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The server's database: embedded H2 in the data folder by default, or any JDBC URL (PostgreSQL for
 * production, shared by several server instances: all state is in it). Schema by Flyway.
 */
public final class ServerStore implements AutoCloseable {
    private final HikariDataSource dataSource;

    private ServerStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("server").resolve("hq-server")
                + ";LOCK_TIMEOUT=20000;QUERY_CACHE_SIZE=64"; // a push uses ~15 statements: keep them all parsed
    }

    public static ServerStore open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(8);
        config.setPoolName("projectdesk-server");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/server")
                    .javaMigrations(new MergedFieldsMigration())
                    .table("server_schema_history").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new ServerStore(dataSource);
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction: everything in it commits, or nothing does. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("server database: " + e.getMessage(), e);
        }
    }

    public boolean healthy() {
        try (Connection c = dataSource.getConnection()) {
            boolean ok = c.isValid(2);
            c.rollback();
            return ok;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
