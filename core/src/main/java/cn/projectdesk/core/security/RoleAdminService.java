package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.store.Database;
import java.util.List;
import java.util.Set;

/** The permission matrix: roles with their own and inherited permissions; administrators edit the own ones. */
public final class RoleAdminService {
    private final Database database;

    public RoleAdminService(Database database) {
        this.database = database;
    }

    public List<RoleRow> roles(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery("from Role where deleted = false order by code", Role.class)
                .getResultList().stream().map(RoleAdminService::row).toList());
    }

    /**
     * Replaces what the role itself grants. The administrators' own role must keep ADMINISTER, or nobody
     * could ever undo the change.
     */
    public RoleRow setPermissions(UserSession admin, String roleCode, Set<Permission> own) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        return database.inTransaction(admin.username(), s -> {
            Role role = UserAdminService.role(s, roleCode);
            role.setOwnPermissions(own);
            if (role.getCode().equals(admin.roleCode()) && !role.effectivePermissions().contains(Permission.ADMINISTER)) {
                throw ValidationException.of("permissions", "validation.role.keepAdminister");
            }
            return row(role);
        });
    }

    private static RoleRow row(Role r) {
        return new RoleRow(r.getCode(), r.getParent() == null ? null : r.getParent().getCode(), r.ownPermissions(),
                r.effectivePermissions());
    }
}
