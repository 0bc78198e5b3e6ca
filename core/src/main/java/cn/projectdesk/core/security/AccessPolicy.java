package cn.projectdesk.core.security;

/** The checks every service method starts with. */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    public static void require(UserSession user, Permission permission) {
        if (user == null || !user.has(permission)) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), permission, null);
        }
    }

    /** The permission, and the target's org unit at or below the user's own. */
    public static void requireInScope(UserSession user, Permission permission, String targetOrgPath, String what) {
        require(user, permission);
        if (!user.covers(targetOrgPath)) {
            throw new AccessDeniedException(user.username(), permission, what);
        }
    }
}
