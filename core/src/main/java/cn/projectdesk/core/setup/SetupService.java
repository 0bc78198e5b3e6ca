package cn.projectdesk.core.setup;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.demo.DemoData;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.PasswordHasher;
import cn.projectdesk.core.security.PasswordPolicy;
import cn.projectdesk.core.security.Role;
import cn.projectdesk.core.security.StandardRole;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.LocalSettings;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First start of a data folder: roles, the top org unit, the standard calendar and the administrator
 * account, plus the demo organisation and projects when asked — all in one transaction.
 */
public final class SetupService {
    public static final String ADMIN = "admin";
    public static final String SETUP_ACTOR = "setup";
    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9]{1,12}");

    private final Database database;

    public SetupService(Database database) {
        this.database = database;
    }

    public boolean isInitialized() {
        return database.read(s -> s.createSelectionQuery("select count(*) from AppUser", Long.class).getSingleResult()) > 0;
    }

    /** Whether the demo organisation is in use (its passwords are then shown on the login screen). */
    public boolean isDemo() {
        return database.settings().flag(LocalSettings.DEMO_DATA);
    }

    public void initialize(SetupRequest request) {
        PasswordPolicy.violation(request.adminPassword()).ifPresent(key -> {
            throw ValidationException.of("adminPassword", key);
        });
        if (!request.demo() && !OFFICE_CODE.matcher(request.officeCode()).matches()) {
            throw ValidationException.of("officeCode", "validation.officeCode.format");
        }
        if (!request.demo() && request.officeName().isBlank()) {
            throw ValidationException.of("officeName", "validation.required");
        }
        if (isInitialized()) {
            throw new IllegalStateException("The data folder " + database.folder() + " is already set up.");
        }
        String adminHash = PasswordHasher.hash(request.adminPassword());
        database.runInTransaction(SETUP_ACTOR, s -> {
            Map<StandardRole, Role> roles = new EnumMap<>(StandardRole.class);
            for (StandardRole standard : StandardRole.values()) {
                Role role = new Role(standard.name(), standard.parent() == null ? null : roles.get(standard.parent()),
                        standard.ownPermissions());
                s.persist(role);
                roles.put(standard, role);
            }
            WorkCalendar calendar = new WorkCalendar(request.demo() ? "标准工作日历（含法定节假日）" : request.calendarName());
            s.persist(calendar);
            OrgUnit top = request.demo()
                    ? new OrgUnit(DemoData.BUREAU_CODE, DemoData.BUREAU_NAME, OrgUnitKind.BUREAU, null, 0)
                    : new OrgUnit(request.officeCode(), request.officeName().strip(), OrgUnitKind.BUREAU, null, 0);
            s.persist(top);
            s.persist(new AppUser(ADMIN, request.adminDisplayName(), adminHash, top, roles.get(StandardRole.ADMIN)));
            if (request.demo()) {
                new DemoData(s, top, roles, calendar, request.today()).populate();
            }
        });
        database.settings().put(LocalSettings.DEMO_DATA, Boolean.toString(request.demo()));
    }
}
