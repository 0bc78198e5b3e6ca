package cn.projectdesk.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.workflow.ApprovalMode;
import cn.projectdesk.core.workflow.ApproverRef;
import cn.projectdesk.core.workflow.FlowDefinition;
import cn.projectdesk.core.workflow.FlowStepDefinition;
import cn.projectdesk.core.workflow.RequestType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service methods behind the admin screens: the matrix saved as one, flow validation, the 2FA column. */
class AdminScreensServicesTest {
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

    private static RoleRow role(String code) {
        return core.roles().roles(admin).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theMatrixIsSavedForSeveralRolesAtOnceAndInheritanceFollows() {
        Map<String, Set<Permission>> edits = new LinkedHashMap<>();
        edits.put("OFFICER", EnumSet.of(Permission.PROJECT_VIEW, Permission.PROJECT_CREATE, Permission.PROJECT_EDIT,
                Permission.TASK_EDIT, Permission.BUDGET_EDIT, Permission.AUDIT_VIEW));
        edits.put("FINANCE", EnumSet.of(Permission.PROJECT_VIEW, Permission.PAY));
        List<RoleRow> saved = core.roles().setPermissions(admin, edits);
        assertThat(saved).hasSize(2);
        assertThat(role("DIRECTOR").effective()).contains(Permission.AUDIT_VIEW, Permission.APPROVE);
        assertThat(role("DIRECTOR").own()).doesNotContain(Permission.AUDIT_VIEW);
        assertThat(role("FINANCE").own()).doesNotContain(Permission.BUDGET_EDIT);
    }

    @Test
    void aRefusedSaveChangesNoRole() {
        Set<Permission> officerBefore = role("OFFICER").own();
        Map<String, Set<Permission>> edits = new LinkedHashMap<>();
        edits.put("OFFICER", EnumSet.of(Permission.PROJECT_VIEW));
        edits.put("ADMIN", EnumSet.of(Permission.PROJECT_VIEW));
        assertThatThrownBy(() -> core.roles().setPermissions(admin, edits))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("permissions", "validation.role.keepAdminister"));
        assertThat(role("OFFICER").own()).isEqualTo(officerBefore);
        assertThat(role("ADMIN").own()).contains(Permission.ADMINISTER);

        UserSession chief = TestFolders.login(core, "lina");
        assertThatThrownBy(() -> core.roles().setPermissions(chief, Map.of("OFFICER", EnumSet.allOf(Permission.class))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(role("OFFICER").own()).isEqualTo(officerBefore);
    }

    @Test
    void flowsAreValidatedWithoutSavingAndOnlyByAdministrators() {
        FlowDefinition proposal = core.approvals().flows(admin).stream()
                .filter(f -> f.type() == RequestType.PROJECT_PROPOSAL).findFirst().orElseThrow();
        core.approvals().validateFlow(admin, proposal);
        FlowDefinition bad = new FlowDefinition(RequestType.PROJECT_PROPOSAL, "立项", 3, List.of(
                proposal.steps().get(0),
                new FlowStepDefinition("审批", ApprovalMode.ALL, List.of(ApproverRef.user("nobody")), null)));
        assertThatThrownBy(() -> core.approvals().validateFlow(admin, bad))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("steps[1].approvers", "validation.approval.approvers"));
        assertThatThrownBy(() -> core.approvals().validateFlow(TestFolders.login(core, "liujun"), proposal))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.approvals().flows(admin)).contains(proposal);
    }

    @Test
    void theUserListShowsWhoHasASecondFactor() {
        assertThat(core.users().list(admin)).allSatisfy(u -> assertThat(u.secondFactor()).isFalse());
    }
}
