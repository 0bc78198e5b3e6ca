package cn.projectdesk.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Administrators add, rename and move org units; scope follows a moved unit; others are refused. */
class OrgUnitAdminTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        admin = TestFolders.login(core, "admin");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static OrgUnitRow unit(String code) {
        return core.orgUnits().find(admin, code).orElseThrow();
    }

    @Test
    void aUnitIsAddedRenamedAndMovedWithEverythingBelowIt() {
        OrgUnitRow east = unit("DQ");
        OrgUnitRow section = core.orgUnits().add(admin, east.id(), "dq-jsk", "建设科", OrgUnitKind.DEPARTMENT);
        assertThat(section.code()).isEqualTo("DQ-JSK");
        OrgUnitRow team = core.orgUnits().add(admin, section.id(), "DQ-JSK-1", "一组", OrgUnitKind.DEPARTMENT);
        core.users().create(admin, new NewUser("jiansheuser", "建设", team.id(), "OFFICER", "Start2026".toCharArray()));
        core.orgUnits().rename(admin, section.id(), "城建科");
        assertThat(unit("DQ-JSK").name()).isEqualTo("城建科");

        core.orgUnits().move(admin, section.id(), unit("XQ").id());

        assertThat(unit("DQ-JSK").parentId()).isEqualTo(unit("XQ").id());
        assertThat(unit("DQ-JSK-1").parentId()).isEqualTo(section.id());
        UserSession west = TestFolders.login(core, "zhengfang");
        assertThat(core.orgUnits().visibleUnits(west)).extracting(OrgUnitRow::code).contains("DQ-JSK", "DQ-JSK-1");
        UserSession moved = core.authentication().login("jiansheuser", "Start2026".toCharArray());
        assertThat(moved.orgPath()).contains(unit("XQ").id().toString()).endsWith(team.id() + "/");
        assertThat(core.orgUnits().visibleUnits(TestFolders.login(core, "sunli"))).extracting(OrgUnitRow::code)
                .doesNotContain("DQ-JSK", "DQ-JSK-1");
    }

    @Test
    void badInputIsRefusedWithTheField() {
        OrgUnitRow bureau = core.orgUnits().visibleUnits(admin).get(0);
        assertThatThrownBy(() -> core.orgUnits().add(admin, bureau.id(), "LJ-SHK", "重复", OrgUnitKind.DEPARTMENT))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", "validation.orgUnit.codeTaken"));
        assertThatThrownBy(() -> core.orgUnits().add(admin, bureau.id(), "坏代码", "x", OrgUnitKind.DEPARTMENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("code"));
        assertThatThrownBy(() -> core.orgUnits().add(admin, bureau.id(), "LJ-NEW", " ", OrgUnitKind.DEPARTMENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> core.orgUnits().move(admin, unit("XQ").id(), unit("XQ").id()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("parent", "validation.orgUnit.moveIntoItself"));
        assertThatThrownBy(() -> core.orgUnits().move(admin, bureau.id(), unit("XQ").id()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("parent", "validation.orgUnit.moveTop"));
    }

    @Test
    void unauthorisedUsersAreRefusedAndNothingChanges() {
        List<OrgUnitRow> before = core.orgUnits().visibleUnits(admin);
        UserSession officer = TestFolders.login(core, "zhangwei");
        OrgUnitRow bureau = before.get(0);
        assertThatThrownBy(() -> core.orgUnits().add(officer, bureau.id(), "LJ-X1", "新科", OrgUnitKind.DEPARTMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.orgUnits().rename(officer, unit("LJ-SHK").id(), "改名"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.orgUnits().move(officer, unit("LJ-SHK").id(), unit("DQ").id()))
                .isInstanceOf(AccessDeniedException.class);
        // an administrator of a field office cannot touch units outside it
        core.users().create(admin, new NewUser("dqadmin", "东区管理员", unit("DQ").id(), "ADMIN", "Start2026".toCharArray()));
        UserSession fieldAdmin = core.authentication().login("dqadmin", "Start2026".toCharArray());
        assertThatThrownBy(() -> core.orgUnits().rename(fieldAdmin, unit("LJ-SHK").id(), "改名"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.orgUnits().add(fieldAdmin, bureau.id(), "LJ-X2", "新科", OrgUnitKind.DEPARTMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.orgUnits().move(fieldAdmin, unit("DQ").id(), unit("XQ").id()))
                .isInstanceOf(AccessDeniedException.class);
        List<OrgUnitRow> after = core.orgUnits().visibleUnits(admin);
        assertThat(after.stream().filter(u -> before.stream().anyMatch(b -> b.id().equals(u.id()))).toList())
                .containsExactlyElementsOf(before);
        assertThat(after).extracting(OrgUnitRow::code).doesNotContain("LJ-X1", "LJ-X2");
    }
}
