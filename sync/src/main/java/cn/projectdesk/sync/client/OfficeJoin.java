package cn.projectdesk.sync.client;

import cn.projectdesk.core.setup.SetupService;
import cn.projectdesk.core.store.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;

/**
 * A new office joins headquarters from the app's first start: exactly what {@code projectdesk sync setup
 * --server} and the first {@code projectdesk sync} do on an empty data folder ({@link DeviceSetup#connect},
 * then one {@link Synchronizer} run), in one call. A folder that already holds local data (the other
 * first-start choice: a local administrator, maybe demo data) is refused, because that data must never
 * reach headquarters. From a successful connect until users of the office have arrived the folder is
 * marked as joining, so the next start offers to finish the join (a retry resumes the sync from its
 * cursor) and never a local set-up on top of pulled data. See ADR 31.
 */
public final class OfficeJoin {
    static final String PENDING = "sync.join.pending";

    private OfficeJoin() {
    }

    /**
     * How the join talks to the server: the app wraps the requests so that Cancel can abandon one that waits
     * (a server that accepts the connection but never answers would otherwise hold the join for minutes).
     */
    public interface Connection {
        /** The first contact, before anything is written to the data folder. */
        Map<?, ?> hello(SyncClient client) throws IOException, InterruptedException;

        SyncTransport transport(SyncClient client);

        /** Requests as they are, for the command line and tests. */
        Connection DIRECT = new Connection() {
            @Override
            public Map<?, ?> hello(SyncClient client) throws IOException, InterruptedException {
                return client.hello();
            }

            @Override
            public SyncTransport transport(SyncClient client) {
                return client;
            }
        };
    }

    /** What the join did: the device and org unit HQ knows this computer as, the sync and how many office users arrived. */
    public record Result(String device, String orgUnit, Synchronizer.Report report, long officeUsers) {
    }

    /** HQ answered and the first sync ran, but HQ has no user in the device's org unit yet: nobody could sign in. */
    public static final class NoUsersException extends IllegalStateException {
        private final String orgUnit;

        NoUsersException(String orgUnit) {
            super("headquarters has no users for the org unit " + orgUnit + " yet");
            this.orgUnit = orgUnit;
        }

        public String orgUnit() {
            return orgUnit;
        }
    }

    /** The folder holds a local administrator or demo data: it cannot join (its data would be pushed). */
    public static final class LocalDataException extends IllegalStateException {
        LocalDataException(Path folder) {
            super("the data folder " + folder + " already holds local data; join headquarters with an empty data folder");
        }
    }

    /**
     * Whether a join was started here and has not ended with office users yet (also a folder that
     * {@code projectdesk sync setup} connected but that has not pulled any users).
     */
    public static boolean unfinished(Database database) {
        return database.settings().flag(PENDING)
                || new SyncState(database.settings()).server().isPresent() && !new SetupService(database).isInitialized();
    }

    /**
     * Checks the certificate (clear {@link DeviceCertificate.InvalidException} for a wrong password or an
     * expired certificate), says hello (a refused or unreachable server changes nothing), connects, runs the
     * first push and pull through {@code connection} and checks that users of the office arrived.
     */
    public static Result join(Database database, URI server, Path certificate, char[] password,
                              Connection connection, Synchronizer.Listener listener)
            throws IOException, GeneralSecurityException, InterruptedException {
        if (new SetupService(database).isInitialized() && !database.settings().flag(PENDING)) {
            throw new LocalDataException(database.folder());
        }
        if (!"https".equalsIgnoreCase(server.getScheme())) {
            throw new IllegalArgumentException("the server address must start with https:// (" + server + ")");
        }
        DeviceCertificate.inspect(certificate, password, Instant.now());
        connection.hello(new SyncClient(server, certificate, password));
        if (listener.cancelled()) {
            throw new SyncCancelledException("cancelled before connecting");
        }
        // says hello once more (answered at once now) and records server and certificate as sync setup does
        Map<?, ?> hello = DeviceSetup.connect(database, server, certificate, password);
        database.settings().put(PENDING, "true");
        String orgUnit = String.valueOf(hello.get("orgUnit"));
        if (listener.cancelled()) {
            throw new SyncCancelledException("cancelled after connecting");
        }
        Synchronizer.Report report = new Synchronizer(database, connection.transport(DeviceSetup.client(database, password)))
                .runWith(listener);
        long users = officeUsers(database, orgUnit);
        if (users == 0) {
            throw new NoUsersException(orgUnit);
        }
        database.settings().put(PENDING, "false");
        return new Result(String.valueOf(hello.get("device")), orgUnit, report, users);
    }

    /** Active users in the org unit and below it (HQ's own users come down too, but cannot sign in here for the office). */
    static long officeUsers(Database database, String orgUnitCode) {
        return database.read(s -> s.createSelectionQuery(
                        "select o.path from OrgUnit o where o.code = :code and o.deleted = false", String.class)
                .setParameter("code", orgUnitCode).uniqueResultOptional()
                .map(path -> s.createSelectionQuery("select count(*) from AppUser u where u.active = true"
                                + " and u.deleted = false and u.orgUnit.path like :prefix", Long.class)
                        .setParameter("prefix", path + "%").getSingleResult())
                .orElse(0L));
    }
}
