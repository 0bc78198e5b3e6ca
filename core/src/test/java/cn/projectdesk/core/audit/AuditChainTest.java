package cn.projectdesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tampering done directly in SQL, the way an insider would, is found and named. */
class AuditChainTest {
    @TempDir
    static Path template;
    @TempDir
    Path dir;
    CoreServices core;
    UserSession auditor;

    /** One demo folder made once; each test tampers with its own copy. */
    @BeforeAll
    static void makeTemplate() {
        TestFolders.demo(template).close();
    }

    @BeforeEach
    void setUp() throws java.io.IOException {
        java.nio.file.Files.copy(template.resolve("projectdesk.mv.db"), dir.resolve("projectdesk.mv.db"));
        core = CoreServices.open(dir);
        auditor = TestFolders.login(core, "zhaomin");
    }

    @AfterEach
    void tearDown() {
        if (core != null) {
            core.close();
        }
    }

    @Test
    void everyChangeAndLoginIsOnAnIntactChain() {
        AuditVerification result = core.audit().verify(auditor);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isGreaterThan(core.database().changeLog().count());
        List<String> actions = new ArrayList<>();
        core.database().auditLog().forEachInOrder(r -> actions.add(r.action()));
        assertThat(actions).contains("CHANGE_INSERT", "LOGIN_OK");
        assertThatThrownBy(() -> core.authentication().login("zhaomin", "wrong-pass1".toCharArray()));
        List<String> after = new ArrayList<>();
        core.database().auditLog().forEachInOrder(r -> after.add(r.action() + " " + r.actor()));
        assertThat(after.subList(actions.size(), after.size())).contains("LOGIN_FAILED zhaomin");
        assertThat(core.audit().verify(auditor).intact()).isTrue();
    }

    @Test
    void onlyAuditorsAndAdministratorsMayVerify() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        assertThatThrownBy(() -> core.audit().verify(officer)).isInstanceOf(AccessDeniedException.class);
        assertThat(core.audit().verify(TestFolders.login(core, "admin")).intact()).isTrue();
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        tamper("UPDATE audit_log SET after_data = REPLACE(after_data, '老旧小区', '新建小区') "
                + "WHERE seq = (SELECT MIN(seq) FROM audit_log WHERE after_data LIKE '%老旧小区%')");
        AuditVerification result = verifyAfterReopen();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        tamper("DELETE FROM audit_log WHERE seq = 7");
        AuditVerification result = verifyAfterReopen();
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.MISSING);
        assertThat(result.firstBadSeq()).isEqualTo(7);
    }

    @Test
    void swappedEntriesAreFound() throws Exception {
        tamper("UPDATE audit_log SET seq = -1 WHERE seq = 5",
                "UPDATE audit_log SET seq = 5 WHERE seq = 6",
                "UPDATE audit_log SET seq = 6 WHERE seq = -1");
        AuditVerification result = verifyAfterReopen();
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.REORDERED);
        assertThat(result.firstBadSeq()).isEqualTo(5);
    }

    @Test
    void entriesCutOffTheEndAreFound() throws Exception {
        tamper("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
        AuditVerification result = verifyAfterReopen();
        assertThat(result.problem()).isEqualTo(AuditVerification.Problem.MISSING);
    }

    @Test
    void aReSignedEntryBreaksTheLinkToItsSuccessor() throws Exception {
        // the insider also recomputes the hash of the entry they edited: the next entry no longer follows it
        tamper("UPDATE audit_log SET actor = 'someone', hash = '" + "f".repeat(64) + "' WHERE seq = 10");
        AuditVerification result = verifyAfterReopen();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(10);
    }

    private void tamper(String... statements) throws Exception {
        core.close();
        core = null;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("projectdesk"), "sa", "");
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                assertThat(st.executeUpdate(sql)).as(sql).isPositive();
            }
        }
    }

    private AuditVerification verifyAfterReopen() {
        core = CoreServices.open(dir);
        return core.audit().verify(TestFolders.login(core, "zhaomin"));
    }
}
