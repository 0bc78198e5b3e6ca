package cn.projectdesk.sync.server;

import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/** The devices this server's CA issued, and their revocation (checked on every request). */
public final class DeviceRegistry {
    private final ServerStore store;

    public DeviceRegistry(ServerStore store) {
        this.store = store;
    }

    public void register(String name, String orgUnitCode, X509Certificate cert) {
        store.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO device (serial, name, org_unit_code, issued_at, "
                    + "not_after) VALUES (?,?,?,?,?)")) {
                insert.setString(1, DeviceCa.serialText(cert));
                insert.setString(2, name);
                insert.setString(3, orgUnitCode);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setTimestamp(5, new Timestamp(cert.getNotAfter().getTime()));
                return insert.executeUpdate();
            }
        });
    }

    public boolean nameTaken(String name) {
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM device WHERE name = ?")) {
                select.setString(1, name);
                return select.executeQuery().next();
            }
        });
    }

    /** Revokes the device's certificate; false when no such device exists. */
    public boolean revoke(String name) {
        return store.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE device SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setString(2, name);
                return update.executeUpdate() > 0;
            }
        });
    }
}
