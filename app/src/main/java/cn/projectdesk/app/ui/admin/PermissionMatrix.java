package cn.projectdesk.app.ui.admin;

import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.RoleRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles × permissions grid being edited, before it is saved: each role's own permissions (as
 * loaded and as edited) and its parent. What a role inherits is computed from the edited parents, so
 * granting a permission to 经办人 shows at once as inherited by 科室负责人 and above. Plain Java: the
 * grid's rules are tested without a window.
 */
final class PermissionMatrix {
    /** How a cell shows: granted through a parent (not editable here), granted to the role itself, or not. */
    enum Cell { INHERITED, OWN, NONE }

    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Map<String, Set<Permission>> loaded = new HashMap<>();
    private final Map<String, Set<Permission>> edited = new HashMap<>();

    PermissionMatrix(List<RoleRow> roles) {
        for (RoleRow role : treeOrder(roles)) {
            parents.put(role.code(), role.parentCode());
            loaded.put(role.code(), copy(role.own()));
            edited.put(role.code(), copy(role.own()));
        }
    }

    /** Role codes with every parent before its children (the chain officer → chief → deputy → director reads down). */
    List<String> roles() {
        return List.copyOf(parents.keySet());
    }

    String parent(String role) {
        return parents.get(role);
    }

    /** How many ancestors the role has: the grid indents by it. */
    int depth(String role) {
        int depth = 0;
        for (String p = parents.get(role); p != null; p = parents.get(p)) {
            depth++;
        }
        return depth;
    }

    Cell cell(String role, Permission permission) {
        if (inherited(role).contains(permission)) {
            return Cell.INHERITED;
        }
        return edited.get(role).contains(permission) ? Cell.OWN : Cell.NONE;
    }

    boolean own(String role, Permission permission) {
        return edited.get(role).contains(permission);
    }

    /** Grants or withdraws; returns whether anything changed. Inherited cells cannot be changed at this level. */
    boolean set(String role, Permission permission, boolean granted) {
        if (cell(role, permission) == Cell.INHERITED) {
            return false;
        }
        Set<Permission> own = edited.get(role);
        return granted ? own.add(permission) : own.remove(permission);
    }

    /** The permissions the role gets from its parent chain, as edited. */
    Set<Permission> inherited(String role) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        for (String p = parents.get(role); p != null; p = parents.get(p)) {
            all.addAll(edited.get(p));
        }
        return all;
    }

    boolean isDirty() {
        return !changes().isEmpty();
    }

    /** The roles whose own permissions differ from what was loaded, with their new own sets. */
    Map<String, Set<Permission>> changes() {
        Map<String, Set<Permission>> changed = new LinkedHashMap<>();
        for (String role : parents.keySet()) {
            if (!edited.get(role).equals(loaded.get(role))) {
                changed.put(role, copy(edited.get(role)));
            }
        }
        return changed;
    }

    private static List<RoleRow> treeOrder(List<RoleRow> roles) {
        List<RoleRow> ordered = new ArrayList<>();
        addChildren(null, roles, ordered);
        roles.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add); // a parent outside the list
        return ordered;
    }

    private static void addChildren(String parent, List<RoleRow> roles, List<RoleRow> ordered) {
        for (RoleRow role : roles) {
            if (java.util.Objects.equals(role.parentCode(), parent) && !ordered.contains(role)) {
                ordered.add(role);
                addChildren(role.code(), roles, ordered);
            }
        }
    }

    private static Set<Permission> copy(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }
}
