package cn.projectdesk.core.security;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as every service sees it: who, which org unit (and its path, the scope of what
 * they may see and change) and the effective permissions of their role.
 */
public record UserSession(UUID userId, String username, String displayName, UUID orgUnitId, String orgUnitName,
                          String orgPath, String roleCode, Set<Permission> permissions) {
    public UserSession {
        permissions = Set.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean covers(String targetOrgPath) {
        return targetOrgPath.startsWith(orgPath);
    }
}
