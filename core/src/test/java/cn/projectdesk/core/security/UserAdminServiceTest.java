package cn.projectdesk.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAdminServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;
    static UUID department;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        admin = TestFolders.login(core, "admin");
        department = core.orgUnits().find(admin, "LJ-NJK").orElseThrow().id();
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignIn() {
        UserRow created = core.users().create(admin, new NewUser("qianli", "钱立", department, "OFFICER", "Start2026".toCharArray()));
        assertThat(created.orgUnitName()).isEqualTo("农村经济科");
        UserSession qian = core.authentication().login("qianli", "Start2026".toCharArray());
        assertThat(qian.has(Permission.PROJECT_CREATE)).isTrue();
        core.users().changeOwnPassword(qian, "Start2026".toCharArray(), "Mine2026x".toCharArray());
        assertThat(core.authentication().login("qianli", "Mine2026x".toCharArray()).username()).isEqualTo("qianli");
        assertThatThrownBy(() -> core.users().changeOwnPassword(qian, "wrong".toCharArray(), "Other2026".toCharArray()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void badAccountsAreRefusedWithTheField() {
        assertThatThrownBy(() -> core.users().create(admin, new NewUser("Bad Name", "x", department, "OFFICER", "Start2026".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("username"));
        assertThatThrownBy(() -> core.users().create(admin, new NewUser("zhangwei", "x", department, "OFFICER", "Start2026".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("username", "validation.username.taken"));
        assertThatThrownBy(() -> core.users().create(admin, new NewUser("weak", "x", department, "OFFICER", "short".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("password"));
        assertThatThrownBy(() -> core.users().create(admin, new NewUser("norole", "x", department, "KING", "Start2026".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("role"));
    }

    @Test
    void nonAdministratorsAreRefusedAndNothingChanges() {
        UserSession chief = TestFolders.login(core, "lina");
        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> core.users().list(chief)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.users().create(chief, new NewUser("sneaky", "x", department, "ADMIN", "Start2026".toCharArray())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.roles().setPermissions(chief, "OFFICER", EnumSet.allOf(Permission.class)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
    }

    @Test
    void disablingResettingAndUnlocking() {
        UserRow wu = core.users().list(admin).stream().filter(u -> u.username().equals("wuhao")).findFirst().orElseThrow();
        core.users().setActive(admin, wu.id(), false);
        assertThatThrownBy(() -> core.authentication().login("wuhao", "Demo2026".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginFailedException.Reason.DISABLED));
        core.users().setActive(admin, wu.id(), true);
        for (int i = 0; i < AuthenticationService.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> core.authentication().login("wuhao", "nope12345".toCharArray()));
        }
        core.users().resetPassword(admin, wu.id(), "Reset2026".toCharArray());
        assertThat(core.authentication().login("wuhao", "Reset2026".toCharArray()).username()).isEqualTo("wuhao");
        assertThatThrownBy(() -> core.users().setActive(admin, admin.userId(), false)).isInstanceOf(ValidationException.class);
    }

    @Test
    void thePermissionMatrixShowsInheritanceAndEditsTakeEffectAtNextLogin() {
        RoleRow chief = core.roles().roles(admin).stream().filter(r -> r.code().equals("SECTION_CHIEF")).findFirst().orElseThrow();
        assertThat(chief.parentCode()).isEqualTo("OFFICER");
        assertThat(chief.effective()).contains(Permission.APPROVE, Permission.PROJECT_CREATE);
        core.roles().setPermissions(admin, "FINANCE", EnumSet.of(Permission.PROJECT_VIEW, Permission.BUDGET_EDIT, Permission.PAY,
                Permission.AUDIT_VIEW));
        assertThat(TestFolders.login(core, "chenjing").has(Permission.AUDIT_VIEW)).isTrue();
        assertThatThrownBy(() -> core.roles().setPermissions(admin, "ADMIN", EnumSet.of(Permission.PROJECT_VIEW)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("permissions", "validation.role.keepAdminister"));
        assertThat(TestFolders.login(core, "admin").has(Permission.ADMINISTER)).isTrue();
    }
}
