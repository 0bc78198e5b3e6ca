package cn.projectdesk.core.security;

import java.util.Set;

/** A row of the permission matrix: what the role has itself and what it has through inheritance. */
public record RoleRow(String code, String parentCode, Set<Permission> own, Set<Permission> effective) {
    public RoleRow {
        own = Set.copyOf(own);
        effective = Set.copyOf(effective);
    }
}
