package cn.projectdesk.core.store;

import cn.projectdesk.core.clock.HybridLogicalClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder. All writes go through {@link #inTransaction}: one
 * Hibernate session, one transaction, and the change capture active for the named actor.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String DB_NAME = "projectdesk";

    private final Path folder;
    private final InstanceLock lock;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final LocalSettings settings;
    private final String nodeId;
    private final HybridLogicalClock clock;
    private final ChangeCapture capture;

    private Database(Path folder, InstanceLock lock, HikariDataSource dataSource, LocalSettings settings,
                     String nodeId, HybridLogicalClock clock, SessionFactory sessionFactory, ChangeCapture capture) {
        this.folder = folder;
        this.lock = lock;
        this.dataSource = dataSource;
        this.settings = settings;
        this.nodeId = nodeId;
        this.clock = clock;
        this.sessionFactory = sessionFactory;
        this.capture = capture;
    }

    /** Opens (and creates or migrates) the database in the folder; one process per folder. */
    public static Database open(Path folder) {
        return open(folder, InstallationId.standard());
    }

    /** As {@link #open(Path)}, the node id bound to {@code installation} (tests name their own file). */
    public static Database open(Path folder, InstallationId installation) {
        Path dir = folder.toAbsolutePath().normalize();
        requireWritable(dir);
        InstanceLock lock = InstanceLock.acquire(dir);
        HikariDataSource dataSource = null;
        try {
            dataSource = dataSource(dir);
            SchemaMigrator.migrate(dataSource, dir.toString());
            LocalSettings settings = new LocalSettings(dataSource);
            String nodeId = settings.nodeIdFor(dir, installation.get());
            HybridLogicalClock clock = HybridLogicalClock.system();
            clock.observe(highestClock(dataSource)); // never behind what this node wrote or saw before a restart
            ChangeCapture capture = new ChangeCapture(clock, nodeId);
            SessionFactory sessionFactory = buildSessionFactory(dataSource, capture);
            LOG.info("Opened database in {} as node {}", dir, nodeId);
            return new Database(dir, lock, dataSource, settings, nodeId, clock, sessionFactory, capture);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            lock.close();
            throw translateOpenFailure(dir, e);
        }
    }

    /**
     * The highest clock in the change log. The clock lives in memory: without this, a PC whose wall
     * clock is behind the other offices' would, after a restart, stamp edits earlier than values it had
     * already seen, and those edits would lose to the values they overwrote.
     */
    private static long highestClock(HikariDataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(hlc), 0) FROM change_log");
             java.sql.ResultSet rs = select.executeQuery()) {
            rs.next();
            long highest = rs.getLong(1);
            c.rollback();
            return highest;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the change log's clock", e);
        }
    }

    private static void requireWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StorageException(StorageException.Reason.NOT_WRITABLE,
                    "The data folder " + dir + " cannot be written (" + e.getMessage()
                            + "). Choose another folder with --data-dir or fix its permissions.", e, dir, e.getMessage());
        }
    }

    private static HikariDataSource dataSource(Path dir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve(DB_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setAutoCommit(false);
        config.setPoolName("projectdesk");
        return new HikariDataSource(config);
    }

    private static SessionFactory buildSessionFactory(HikariDataSource dataSource, ChangeCapture capture) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyIntegrator(new ChangeCaptureIntegrator(capture))
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        MetadataSources sources = new MetadataSources(registry);
        PersistentTypes.ALL.forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    private static RuntimeException translateOpenFailure(Path dir, RuntimeException e) {
        if (e instanceof StorageException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use") || message.contains("Locked by another process")) {
                return new StorageException(StorageException.Reason.ALREADY_RUNNING,
                        "The database in " + dir + " is in use by another program. Close it and try again.", e, dir);
            }
            if (message.contains("File corrupted")) {
                return new StorageException(StorageException.Reason.CORRUPT,
                        "The database in " + dir + " is damaged. Restore it from a backup.", e, dir);
            }
        }
        return e;
    }

    /** Runs the work in one transaction as the actor; all of it commits, or none of it does. */
    public <T> T inTransaction(String actor, Function<Session, T> work) {
        CaptureScope.enter(actor);
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                session.flush();
                session.doWork(capture::drain); // the captured change-log rows and audit events, in one batch
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw translateWriteFailure(e);
            }
        } finally {
            CaptureScope.leave();
        }
    }

    public void runInTransaction(String actor, Consumer<Session> work) {
        inTransaction(actor, session -> {
            work.accept(session);
            return null;
        });
    }

    /** Read-only work; any attempt to write in it fails, because no actor is set. */
    public <T> T read(Function<Session, T> work) {
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            try {
                return work.apply(session);
            } finally {
                tx.rollback();
            }
        }
    }

    private static RuntimeException translateWriteFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ConcurrentEditException("Someone else changed this record since you opened it. "
                        + "Reload it and make your change again.", e);
            }
        }
        return e;
    }

    /**
     * Appends an event that is not a row change (a login, an export, a print) to the audit chain, in
     * the session's transaction.
     */
    public void audit(Session session, AuditEvent event) {
        // queued with the row changes, so the chain keeps the order in which things happened
        CaptureScope.pending().add(PendingChange.auditOnly(event));
    }

    /** For bulk fixtures in this package's tests; application code goes through sessions. */
    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public AuditLog auditLog() {
        return new AuditLog(dataSource);
    }

    public Path folder() {
        return folder;
    }

    public String nodeId() {
        return nodeId;
    }

    public HybridLogicalClock clock() {
        return clock;
    }

    public LocalSettings settings() {
        return settings;
    }

    public ChangeLog changeLog() {
        return new ChangeLog(dataSource);
    }

    /** The sync side of this database: outbox, applying pulled changes, conflicts. */
    public Replication replication() {
        return new Replication(this, dataSource, clock);
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
            dataSource.close();
        } finally {
            lock.close();
        }
    }
}
