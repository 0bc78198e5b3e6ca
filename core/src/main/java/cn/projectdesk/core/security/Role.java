package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** A role with its own permissions; it also inherits every permission of its parent role. */
@Entity
@Table(name = "app_role")
public class Role extends SyncableEntity {
    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Role parent;

    @Convert(converter = PermissionSetConverter.class)
    @Column(name = "permissions", nullable = false, length = 1000)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    protected Role() {
    }

    public Role(String code, Role parent, Set<Permission> permissions) {
        this.code = code;
        this.parent = parent;
        this.permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public String getCode() {
        return code;
    }

    public Role getParent() {
        return parent;
    }

    /** The permissions granted to this role itself (not those it inherits). */
    public Set<Permission> ownPermissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public void setOwnPermissions(Set<Permission> granted) {
        this.permissions = granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
    }

    /** Own and inherited permissions. */
    public Set<Permission> effectivePermissions() {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        for (Role r = this; r != null; r = r.getParent()) {
            all.addAll(r.permissions);
        }
        return all;
    }
}
