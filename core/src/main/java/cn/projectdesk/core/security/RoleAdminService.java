package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The permission matrix's Save: every edited role's own permissions in one transaction, so that a
     * refusal (an unknown role, the administrators' role losing ADMINISTER) leaves all roles as they were.
     */
    public List<RoleRow> setPermissions(UserSession admin, Map<String, Set<Permission>> ownByRole) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        return database.inTransaction(admin.username(), s -> {
            List<Role> changed = new ArrayList<>();
            ownByRole.forEach((code, own) -> {
                Role role = UserAdminService.role(s, code);
                role.setOwnPermissions(own);
                changed.add(role);
            });
            Role mine = UserAdminService.role(s, admin.roleCode());
            if (!mine.effectivePermissions().contains(Permission.ADMINISTER)) {
                throw ValidationException.of("permissions", "validation.role.keepAdminister");
            }
            return changed.stream().map(RoleAdminService::row).toList();
        });
    }

    private static RoleRow row(Role r) {
        return new RoleRow(r.getCode(), r.getParent() == null ? null : r.getParent().getCode(), r.ownPermissions(),
                r.effectivePermissions());
    }
}
