package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.store.Database;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Accounts, for administrators within their org unit: create, change role or unit, reset the password,
 * disable, unlock; and for everyone: change their own password.
 */
public final class UserAdminService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private final Database database;

    public UserAdminService(Database database) {
        this.database = database;
    }

    public List<UserRow> list(UserSession admin) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        return database.read(s -> {
            java.util.Set<UUID> withSecondFactor = new java.util.HashSet<>(s.createSelectionQuery(
                    "select t.user.id from TotpEnrolment t where t.enabled = true and t.deleted = false", UUID.class)
                    .getResultList());
            return s.createSelectionQuery("from AppUser u join fetch u.orgUnit o join fetch u.role "
                            + "where u.deleted = false and o.path like :p order by u.username", AppUser.class)
                    .setParameter("p", admin.orgPath() + "%").getResultList().stream()
                    .map(u -> row(u, withSecondFactor.contains(u.getId()))).toList();
        });
    }

    public UserRow create(UserSession admin, NewUser user) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw ValidationException.of("username", "validation.username.format");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw ValidationException.of("displayName", "validation.required");
        }
        requirePolicy(user.password());
        String hash = PasswordHasher.hash(user.password());
        return database.inTransaction(admin.username(), s -> {
            Long taken = s.createSelectionQuery("select count(*) from AppUser where username = :u", Long.class)
                    .setParameter("u", username).getSingleResult();
            if (taken > 0) {
                throw ValidationException.of("username", "validation.username.taken");
            }
            AppUser created = new AppUser(username, user.displayName().strip(), hash, unit(s, admin, user.orgUnitId()),
                    role(s, user.roleCode()));
            s.persist(created);
            return row(created, false);
        });
    }

    public void changeRoleAndUnit(UserSession admin, UUID userId, String roleCode, UUID orgUnitId) {
        edit(admin, userId, (s, u) -> {
            u.setRole(role(s, roleCode));
            u.setOrgUnit(unit(s, admin, orgUnitId));
        });
    }

    public void resetPassword(UserSession admin, UUID userId, char[] newPassword) {
        requirePolicy(newPassword);
        String hash = PasswordHasher.hash(newPassword);
        edit(admin, userId, (s, u) -> {
            u.setPasswordHash(hash);
            u.unlock();
            SecondFactor.drop(s, u);
        });
    }

    public void setActive(UserSession admin, UUID userId, boolean active) {
        if (!active && admin.userId().equals(userId)) {
            throw ValidationException.of("active", "validation.user.notYourself");
        }
        edit(admin, userId, (s, u) -> u.setActive(active));
    }

    public void unlock(UserSession admin, UUID userId) {
        edit(admin, userId, (s, u) -> u.unlock());
    }

    /** Anyone may change their own password, knowing the current one. */
    public void changeOwnPassword(UserSession user, char[] current, char[] newPassword) {
        requirePolicy(newPassword);
        String hash = PasswordHasher.hash(newPassword);
        database.runInTransaction(user.username(), s -> {
            AppUser u = s.get(AppUser.class, user.userId());
            if (u == null || !PasswordHasher.matches(current, u.getPasswordHash())) {
                throw ValidationException.of("currentPassword", "validation.password.wrong");
            }
            u.setPasswordHash(hash);
            SecondFactor.reseal(s, u, current, newPassword);
        });
    }

    private void edit(UserSession admin, UUID userId, java.util.function.BiConsumer<Session, AppUser> change) {
        AccessPolicy.require(admin, Permission.ADMINISTER);
        database.runInTransaction(admin.username(), s -> {
            AppUser u = s.get(AppUser.class, userId);
            if (u == null || u.isDeleted()) {
                throw new NotFoundException("user " + userId);
            }
            AccessPolicy.requireInScope(admin, Permission.ADMINISTER, u.getOrgUnit().getPath(), u.getUsername());
            change.accept(s, u);
        });
    }

    private static void requirePolicy(char[] password) {
        PasswordPolicy.violation(password).ifPresent(key -> {
            throw ValidationException.of("password", key);
        });
    }

    private static OrgUnit unit(Session s, UserSession admin, UUID orgUnitId) {
        OrgUnit unit = orgUnitId == null ? null : s.get(OrgUnit.class, orgUnitId);
        if (unit == null || unit.isDeleted()) {
            throw ValidationException.of("orgUnit", "validation.department.unknown");
        }
        AccessPolicy.requireInScope(admin, Permission.ADMINISTER, unit.getPath(), unit.getName());
        return unit;
    }

    static Role role(Session s, String code) {
        return s.createSelectionQuery("from Role where code = :c and deleted = false", Role.class)
                .setParameter("c", code == null ? "" : code).uniqueResultOptional()
                .orElseThrow(() -> ValidationException.of("role", "validation.role.unknown"));
    }

    private static UserRow row(AppUser u, boolean secondFactor) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrgUnit().getId(), u.getOrgUnit().getName(),
                u.getRole().getCode(), u.isActive(), u.getLockedUntil(), secondFactor);
    }
}
