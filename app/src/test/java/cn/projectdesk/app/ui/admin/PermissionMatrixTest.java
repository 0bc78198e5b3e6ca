package cn.projectdesk.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.admin.PermissionMatrix.Cell;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.RoleRow;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix's rules without a window: tree order, inherited cells follow edits of the parent, changes and dirty state. */
class PermissionMatrixTest {
    private static RoleRow role(String code, String parent, Set<Permission> own, Set<Permission> effective) {
        return new RoleRow(code, parent, own, effective);
    }

    private final PermissionMatrix matrix = new PermissionMatrix(List.of(
            role("DIRECTOR", "CHIEF", Set.of(), EnumSet.of(Permission.PROJECT_VIEW, Permission.APPROVE)),
            role("ADMIN", null, EnumSet.of(Permission.ADMINISTER), EnumSet.of(Permission.ADMINISTER)),
            role("OFFICER", null, EnumSet.of(Permission.PROJECT_VIEW), EnumSet.of(Permission.PROJECT_VIEW)),
            role("CHIEF", "OFFICER", EnumSet.of(Permission.APPROVE), EnumSet.of(Permission.PROJECT_VIEW, Permission.APPROVE))));

    @Test
    void parentsComeBeforeTheirChildren() {
        assertThat(matrix.roles()).containsExactly("ADMIN", "OFFICER", "CHIEF", "DIRECTOR");
        assertThat(matrix.depth("DIRECTOR")).isEqualTo(2);
    }

    @Test
    void inheritedCellsAreNotEditableAndFollowTheParentsEdits() {
        assertThat(matrix.cell("DIRECTOR", Permission.APPROVE)).isEqualTo(Cell.INHERITED);
        assertThat(matrix.set("DIRECTOR", Permission.APPROVE, false)).isFalse();
        assertThat(matrix.cell("CHIEF", Permission.APPROVE)).isEqualTo(Cell.OWN);
        assertThat(matrix.cell("CHIEF", Permission.PAY)).isEqualTo(Cell.NONE);

        assertThat(matrix.set("OFFICER", Permission.AUDIT_VIEW, true)).isTrue();
        assertThat(matrix.cell("DIRECTOR", Permission.AUDIT_VIEW)).isEqualTo(Cell.INHERITED);
        assertThat(matrix.isDirty()).isTrue();
        assertThat(matrix.changes()).containsOnlyKeys("OFFICER");
        assertThat(matrix.changes().get("OFFICER")).containsExactlyInAnyOrder(Permission.PROJECT_VIEW, Permission.AUDIT_VIEW);

        matrix.set("OFFICER", Permission.AUDIT_VIEW, false);
        assertThat(matrix.cell("DIRECTOR", Permission.AUDIT_VIEW)).isEqualTo(Cell.NONE);
        assertThat(matrix.isDirty()).isFalse();
    }
}
