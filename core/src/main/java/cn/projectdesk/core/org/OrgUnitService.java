package cn.projectdesk.core.org;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads the organisation tree within the user's scope; administrators add, rename and move units below
 * their own (never their own unit, which would take it out of their scope).
 */
public final class OrgUnitService {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
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
        rows.add(row(unit, depth));
        children.getOrDefault(unit.getId(), List.of()).stream()
                .sorted(Comparator.comparingInt(OrgUnit::getSortOrder))
                .forEach(child -> walk(child, depth + 1, children, rows));
    }

    /** A new department or field office under a unit within the administrator's scope. */
    public OrgUnitRow add(UserSession admin, UUID parentId, String code, String name, OrgUnitKind kind) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw ValidationException.of("code", "validation.orgUnit.code");
        }
        String cleanName = checkedName(name);
        if (kind == null || kind == OrgUnitKind.BUREAU) {
            throw ValidationException.of("kind", "validation.orgUnit.kind");
        }
        return database.inTransaction(admin.username(), s -> {
            OrgUnit parent = inScope(s, admin, parentId);
            Long taken = s.createSelectionQuery("select count(*) from OrgUnit where code = :c", Long.class)
                    .setParameter("c", cleanCode).getSingleResult();
            if (taken > 0) {
                throw ValidationException.of("code", "validation.orgUnit.codeTaken");
            }
            OrgUnit unit = new OrgUnit(cleanCode, cleanName, kind, parent, nextSortOrder(s, parent));
            s.persist(unit);
            return row(unit, depth(unit));
        });
    }

    public void rename(UserSession admin, UUID unitId, String name) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        String cleanName = checkedName(name);
        database.runInTransaction(admin.username(), s -> inScope(s, admin, unitId).setName(cleanName));
    }

    /**
     * Moves a unit (with everything below it) under another parent. Users, projects and scope checks
     * follow through the materialised paths, which are rewritten here in one transaction.
     */
    public void move(UserSession admin, UUID unitId, UUID newParentId) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        database.runInTransaction(admin.username(), s -> {
            OrgUnit unit = inScope(s, admin, unitId);
            OrgUnit target = inScope(s, admin, newParentId);
            if (unit.getParent() == null || unit.getId().equals(admin.orgUnitId())) {
                throw ValidationException.of("parent", "validation.orgUnit.moveTop");
            }
            if (target.isWithin(unit.getPath())) {
                throw ValidationException.of("parent", "validation.orgUnit.moveIntoItself");
            }
            if (unit.getParent().getId().equals(target.getId())) {
                return;
            }
            String oldPath = unit.getPath();
            List<OrgUnit> below = s.createSelectionQuery("from OrgUnit where path like :p and id <> :id", OrgUnit.class)
                    .setParameter("p", oldPath + "%").setParameter("id", unit.getId()).getResultList();
            unit.moveUnder(target, nextSortOrder(s, target));
            below.forEach(d -> d.rebase(oldPath, unit.getPath()));
        });
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "validation.required");
        }
        if (name.strip().length() > 200) {
            throw ValidationException.of("name", "validation.name.tooLong");
        }
        return name.strip();
    }

    private static OrgUnit inScope(Session s, UserSession admin, UUID unitId) {
        OrgUnit unit = unitId == null ? null : s.get(OrgUnit.class, unitId);
        if (unit == null || unit.isDeleted()) {
            throw new NotFoundException("org unit " + unitId);
        }
        AccessPolicy.requireInScope(admin, Permission.ADMINISTER, unit.getPath(), unit.getName());
        return unit;
    }

    private static int nextSortOrder(Session s, OrgUnit parent) {
        Integer max = s.createSelectionQuery("select max(sortOrder) from OrgUnit where parent = :p", Integer.class)
                .setParameter("p", parent).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static int depth(OrgUnit unit) {
        int depth = 0;
        for (OrgUnit u = unit.getParent(); u != null; u = u.getParent()) {
            depth++;
        }
        return depth;
    }

    private static OrgUnitRow row(OrgUnit unit, int depth) {
        return new OrgUnitRow(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getId(), depth);
    }
}
