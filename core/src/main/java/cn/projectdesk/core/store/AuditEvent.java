package cn.projectdesk.core.store;

/**
 * Something that must be on the audit chain: a captured change, a login, an approval action, an
 * export or a print. {@code before}/{@code after} are JSON texts or null.
 */
public record AuditEvent(String action, String actor, String entityType, String entityId, String before, String after) {
    public static final String LOGIN_OK = "LOGIN_OK";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";

    public static AuditEvent of(String action, String actor) {
        return new AuditEvent(action, actor, null, null, null, null);
    }
}
