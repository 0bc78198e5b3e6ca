package cn.projectdesk.core.org;

import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the organisation tree within the user's scope. */
public final class OrgUnitService {
    private final Database database;

    public OrgUnitService(Database database) {
        this.database = database;
    }

    /** Units at or below the user's own, depth-first in tree order. */
    public List<OrgUnitRow> visibleUnits(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        List<OrgUnit> units = database.read(s -> s.createSelectionQuery(
                        "from OrgUnit where deleted = false and path like :p", OrgUnit.class)
                .setParameter("p", user.orgPath() + "%").getResultList());
        Map<UUID, List<OrgUnit>> children = units.stream().filter(u -> u.getParent() != null)
                .collect(Collectors.groupingBy(u -> u.getParent().getId()));
        List<OrgUnitRow> rows = new ArrayList<>();
        units.stream().filter(u -> u.getId().equals(user.orgUnitId())).forEach(root -> walk(root, 0, children, rows));
        return rows;
    }

    /** Finds a visible unit by code or by name (as typed on the command line). */
    public java.util.Optional<OrgUnitRow> find(UserSession user, String codeOrName) {
        return visibleUnits(user).stream()
                .filter(u -> u.code().equalsIgnoreCase(codeOrName) || u.name().equals(codeOrName))
                .findFirst();
    }

    private static void walk(OrgUnit unit, int depth, Map<UUID, List<OrgUnit>> children, List<OrgUnitRow> rows) {
        rows.add(new OrgUnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getId(), depth));
        children.getOrDefault(unit.getId(), List.of()).stream()
                .sorted(Comparator.comparingInt(OrgUnit::getSortOrder))
                .forEach(child -> walk(child, depth + 1, children, rows));
    }
}
