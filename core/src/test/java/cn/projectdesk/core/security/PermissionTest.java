package cn.projectdesk.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services called directly, as users who may not: refused, and nothing changed. */
class PermissionTest {
    @TempDir
    static Path dir;
    static CoreServices core;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private ProjectSummary project(String code) {
        return core.projects().findByCode(TestFolders.login(core, "admin"), code);
    }

    @Test
    void anAuditorMayReadButNotWrite() {
        UserSession auditor = TestFolders.login(core, "zhaomin");
        assertThat(core.projects().list(auditor)).hasSizeGreaterThanOrEqualTo(5);
        ProjectSummary p = project("LJ-2026-001");
        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> core.projects().create(auditor,
                ProjectDraft.minimal(null, "越权项目", ProjectType.OTHER, p.departmentId(), 2026)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.projects().update(auditor, p.id(), p.version(), p.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.projects().delete(auditor, p.id())).isInstanceOf(AccessDeniedException.class);
        UUID task = core.tasks().tasks(auditor, p.id()).get(0).id();
        assertThatThrownBy(() -> core.tasks().rename(auditor, task, "改名")).isInstanceOf(AccessDeniedException.class);
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
    }

    @Test
    void anOfficerSeesAndChangesOnlyTheirOwnOrgUnit() {
        UserSession eastOfficer = TestFolders.login(core, "sunli");
        assertThat(core.projects().list(eastOfficer)).extracting(ProjectSummary::code).containsExactly("DQ-2026-001");
        ProjectSummary other = project("LJ-2026-001");
        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> core.projects().get(eastOfficer, other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.projects().update(eastOfficer, other.id(), other.version(), other.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.projects().create(eastOfficer,
                ProjectDraft.minimal(null, "跨单位", ProjectType.OTHER, other.departmentId(), 2026)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
    }

    @Test
    void projectNumbersFollowTheOfficeOfTheDepartment() {
        UserSession eastOfficer = TestFolders.login(core, "sunli");
        UUID eastDept = core.orgUnits().find(eastOfficer, "DQ-GCK").orElseThrow().id();
        ProjectSummary created = core.projects().create(eastOfficer,
                ProjectDraft.minimal(null, "东区排水改造", ProjectType.INFRASTRUCTURE, eastDept, 2027));
        assertThat(created.code()).isEqualTo("DQ-2027-001");
        ProjectSummary next = core.projects().create(eastOfficer,
                ProjectDraft.minimal(null, "东区路灯改造", ProjectType.INFRASTRUCTURE, eastDept, 2027));
        assertThat(next.code()).isEqualTo("DQ-2027-002");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int i = 0; i < AuthenticationService.MAX_FAILED_LOGINS - 1; i++) {
            assertThatThrownBy(() -> core.authentication().login("lina", "wrong1234".toCharArray()))
                    .isInstanceOfSatisfying(LoginFailedException.class,
                            e -> assertThat(e.reason()).isEqualTo(LoginFailedException.Reason.BAD_CREDENTIALS));
        }
        assertThatThrownBy(() -> core.authentication().login("lina", "wrong1234".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginFailedException.Reason.LOCKED));
        assertThatThrownBy(() -> core.authentication().login("lina", "Demo2026".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginFailedException.Reason.LOCKED));
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() {
        assertThatThrownBy(() -> core.authentication().login("nobody", "whatever1".toCharArray()))
                .isInstanceOfSatisfying(LoginFailedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginFailedException.Reason.BAD_CREDENTIALS));
    }
}
