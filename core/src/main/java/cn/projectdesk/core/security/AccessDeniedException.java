package cn.projectdesk.core.security;

/** The user lacks the permission, or the record lies outside their org unit. Nothing was changed. */
public class AccessDeniedException extends RuntimeException {
    private final Permission permission;

    public AccessDeniedException(String username, Permission permission, String what) {
        super("User " + username + " may not " + permission + (what == null ? "" : " on " + what));
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
