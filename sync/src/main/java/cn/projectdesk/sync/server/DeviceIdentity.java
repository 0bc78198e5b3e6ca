package cn.projectdesk.sync.server;

/**
 * A device as the server knows it from its certificate: serial, name, org unit, and the org unit's
 * materialised path (its scope). Headquarters (the top unit) sees everything.
 */
public record DeviceIdentity(String serial, String name, String orgUnitCode, String scopePath) {
    public boolean headquarters() {
        return scopePath.chars().filter(ch -> ch == '/').count() == 2;
    }

    public boolean covers(String changeScope) {
        return headquarters() || (!changeScope.isEmpty() && changeScope.startsWith(scopePath));
    }
}
