package cn.projectdesk.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserRow;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.FlowDefinition;
import cn.projectdesk.core.workflow.RequestType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator's screens: users, org units, roles, the permission matrix and the flow editor. */
class AdminViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession admin;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        admin = DemoFolder.login(core, "admin");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static String lang(Language language) {
        return language == Language.CHINESE ? "zh" : "en";
    }

    private void tab(Shell shell, int index) {
        robot.interact(() -> shell.window().adminView().showTab(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button buttonWithText(String text, javafx.scene.Scene notIn) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != notIn)
                .queryButton();
    }

    @Test
    void everyTabShowsInBothLanguages() throws Exception {
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            Shell shell = Shell.open(core, admin, language, Section.ADMIN);
            TableView<UserRow> users = robot.lookup("#admin-users-table").queryTableView();
            assertThat(users.getItems()).extracting(UserRow::username).contains("zhangwei", "lina", "admin");
            Screenshots.save(shell.scene(), "admin-users-" + lang(language));
            tab(shell, 1);
            TreeView<OrgUnitRow> tree = robot.lookup("#admin-units-tree").query();
            assertThat(tree.getRoot().getValue().code()).isEqualTo("LJ");
            assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().code()).contains("LJ-SHK", "DQ");
            Screenshots.save(shell.scene(), "admin-units-" + lang(language));
            tab(shell, 2);
            TreeView<cn.projectdesk.core.security.RoleRow> roles = robot.lookup("#admin-roles-tree").query();
            robot.interact(() -> { // officer → section chief → deputy director → director
                for (int row = 0; row < roles.getExpandedItemCount(); row++) {
                    if (roles.getTreeItem(row).getValue().code().equals("DIRECTOR")) {
                        roles.getSelectionModel().select(row);
                    }
                }
            });
            assertThat(roles.getTreeItem(roles.getSelectionModel().getSelectedIndex()).getParent().getValue().code())
                    .isEqualTo("DEPUTY_DIRECTOR");
            assertThat(robot.lookup("#admin-role-inherited").queryAs(Label.class).getText())
                    .contains(Messages.of(language).of(Permission.APPROVE), Messages.of(language).of(Permission.PROJECT_VIEW));
            assertThat(robot.lookup("#admin-role-own").queryAs(Label.class).getText())
                    .isEqualTo(Messages.of(language).get("admin.roles.none"));
            Screenshots.save(shell.scene(), "admin-roles-" + lang(language));
            tab(shell, 3);
            CheckBox inherited = robot.lookup("#perm-DIRECTOR-approve").query();
            assertThat(inherited.isSelected()).isTrue();
            assertThat(inherited.isDisabled()).as("inherited from the section chief").isTrue();
            Screenshots.save(shell.scene(), "admin-matrix-" + lang(language));
            tab(shell, 4);
            robot.interact(() -> robot.lookup("#flow-types").queryAs(ListView.class).getSelectionModel()
                    .select(RequestType.PAYMENT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#flow-steps").queryTableView().getItems()).hasSize(4);
            Screenshots.save(shell.scene(), "admin-flows-" + lang(language));
        }
    }

    @Test
    void anAdministratorManagesAccounts() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.ADMIN);
        TableView<UserRow> users = robot.lookup("#admin-users-table").queryTableView();
        robot.clickOn("#admin-user-new");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#new-user-username").queryAs(TextField.class).setText("qianli");
            robot.lookup("#new-user-name").queryAs(TextField.class).setText("钱立");
            ComboBox<Choice<?>> unit = robot.lookup("#new-user-unit").query();
            unit.setValue(unit.getItems().stream().filter(c -> c.label().contains("农村经济科")).findFirst().orElseThrow());
            robot.lookup("#new-user-password").queryAs(TextField.class).setText("short");
        });
        Button ok = robot.lookup("#new-user-ok").queryButton();
        assertThat(robot.lookup("#new-user-policy").queryAs(Label.class).getText()).isEqualTo("密码至少 8 位。");
        assertThat(ok.isDisabled()).isTrue();
        Screenshots.save(ok.getScene(), "admin-new-user-zh");
        robot.interact(() -> {
            robot.lookup("#new-user-password").queryAs(TextField.class).setText("Start2026");
            robot.lookup("#new-user-confirm").queryAs(TextField.class).setText("Start2026");
        });
        assertThat(robot.lookup("#new-user-policy").queryAs(Label.class).getText()).isEqualTo("密码符合要求。");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        UserRow qian = users.getItems().stream().filter(u -> u.username().equals("qianli")).findFirst().orElseThrow();
        assertThat(qian.orgUnitName()).isEqualTo("农村经济科");
        assertThat(core.authentication().login("qianli", "Start2026".toCharArray()).roleCode()).isEqualTo("OFFICER");

        // role and unit, then a new password
        robot.interact(() -> users.getSelectionModel().select(qian));
        robot.clickOn("#admin-user-role");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ComboBox<Choice<?>> unit = robot.lookup("#change-user-unit").query();
            unit.setValue(unit.getItems().stream().filter(c -> c.label().contains("社会发展科")).findFirst().orElseThrow());
            ComboBox<Choice<?>> role = robot.lookup("#change-user-role").query();
            role.setValue(role.getItems().stream().filter(c -> "SECTION_CHIEF".equals(c.value())).findFirst().orElseThrow());
        });
        robot.clickOn("#change-user-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(users.getItems()).filteredOn(u -> u.username().equals("qianli")).singleElement().satisfies(u -> {
            assertThat(u.roleCode()).isEqualTo("SECTION_CHIEF");
            assertThat(u.orgUnitName()).isEqualTo("社会发展科");
        });
        UserRow moved = users.getItems().stream().filter(u -> u.username().equals("qianli")).findFirst().orElseThrow();
        robot.interact(() -> users.getSelectionModel().select(moved));
        robot.clickOn("#admin-user-reset");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#reset-password").queryAs(TextField.class).setText("Reset2026x");
            robot.lookup("#reset-confirm").queryAs(TextField.class).setText("Reset2026x");
        });
        robot.clickOn("#reset-ok");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(buttonWithText("确定", shell.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.authentication().login("qianli", "Reset2026x".toCharArray()).has(Permission.APPROVE)).isTrue();

        // deactivate, after confirming
        UserRow reset = users.getItems().stream().filter(u -> u.username().equals("qianli")).findFirst().orElseThrow();
        robot.interact(() -> users.getSelectionModel().select(reset));
        robot.clickOn("#admin-user-active");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(buttonWithText(Messages.of(Language.CHINESE).get("admin.users.deactivate"), shell.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.users().list(admin)).filteredOn(u -> u.username().equals("qianli")).singleElement()
                .satisfies(u -> assertThat(u.active()).isFalse());

        // a locked account is shown as locked and unlocked
        for (int i = 0; i < 5; i++) {
            try {
                core.authentication().login("wuhao", "wrong-password".toCharArray());
            } catch (LoginFailedException expected) {
                // five failures lock the account
            }
        }
        robot.interact(() -> shell.window().adminView().refresh());
        UserRow wu = users.getItems().stream().filter(u -> u.username().equals("wuhao")).findFirst().orElseThrow();
        assertThat(wu.lockedUntil()).isNotNull();
        robot.interact(() -> users.getSelectionModel().select(wu));
        robot.clickOn("#admin-user-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.authentication().login("wuhao", "Demo2026".toCharArray()).username()).isEqualTo("wuhao");
    }

    @Test
    void anOrgUnitIsAddedUnderTheChosenUnit() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.ADMIN);
        tab(shell, 1);
        TreeView<OrgUnitRow> tree = robot.lookup("#admin-units-tree").query();
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().code().equals("DQ")).findFirst().orElseThrow()));
        robot.clickOn("#admin-unit-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#unit-code").queryAs(TextField.class).setText("DQ-JSK");
            robot.lookup("#unit-name").queryAs(TextField.class).setText("建设科");
        });
        robot.clickOn("#unit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.orgUnits().find(admin, "DQ-JSK")).hasValueSatisfying(u ->
                assertThat(u.parentId()).isEqualTo(core.orgUnits().find(admin, "DQ").orElseThrow().id()));
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().code()).isEqualTo("DQ");

        robot.interact(() -> tree.getSelectionModel().getSelectedItem().getChildren().stream()
                .filter(i -> i.getValue().code().equals("DQ-JSK")).findFirst().ifPresent(i -> tree.getSelectionModel().select(i)));
        robot.clickOn("#admin-unit-rename");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#unit-name").queryAs(TextField.class).setText("城建科"));
        robot.clickOn("#unit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#admin-unit-move");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ComboBox<Choice<?>> parent = robot.lookup("#unit-parent").query();
            parent.setValue(parent.getItems().stream().filter(c -> c.label().strip().equals("西区分局")).findFirst().orElseThrow());
        });
        robot.clickOn("#unit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        OrgUnitRow west = core.orgUnits().find(admin, "XQ").orElseThrow();
        assertThat(core.orgUnits().find(admin, "DQ-JSK")).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("城建科");
            assertThat(u.parentId()).isEqualTo(west.id());
        });
        assertThat(tree.getSelectionModel().getSelectedItem().getParent().getValue().code()).isEqualTo("XQ");
    }

    @Test
    void matrixEditsAreUndoneSavedAndNotLostWhenLeaving() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.ADMIN);
        tab(shell, 3);
        robot.clickOn("#perm-OFFICER-audit_view");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox director = robot.lookup("#perm-DIRECTOR-audit_view").query();
        assertThat(director.isSelected() && director.isDisabled()).as("now inherited by the director").isTrue();
        assertThat(robot.lookup("#admin-matrix-state").queryAs(Label.class).getText()).isEqualTo("有未保存的修改");
        Screenshots.save(shell.scene(), "admin-matrix-edited-zh");

        // leaving asks first; Cancel keeps the page and the edit
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        Label question = robot.lookup("#dialog-message").queryAs(Label.class);
        assertThat(question.getText()).isEqualTo("本页有未保存的修改。放弃这些修改吗？");
        robot.clickOn(buttonWithText("取消", shell.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.window().sectionProperty().get()).isEqualTo(Section.ADMIN);
        assertThat(robot.lookup("#perm-OFFICER-audit_view").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#admin-matrix-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#perm-DIRECTOR-audit_view").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#admin-matrix-save").queryButton().isDisabled()).isTrue();

        robot.clickOn("#perm-FINANCE-audit_view");
        robot.clickOn("#perm-AUDITOR-pay");
        robot.clickOn("#admin-matrix-save");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, java.util.Set<Permission>> own = new java.util.HashMap<>();
        core.roles().roles(admin).forEach(r -> own.put(r.code(), r.own()));
        assertThat(own.get("FINANCE")).contains(Permission.AUDIT_VIEW);
        assertThat(own.get("AUDITOR")).contains(Permission.PAY);
        assertThat(own.get("OFFICER")).doesNotContain(Permission.AUDIT_VIEW);
        core.roles().setPermissions(admin, Map.of("FINANCE", EnumSet.of(Permission.PROJECT_VIEW, Permission.BUDGET_EDIT,
                Permission.PAY), "AUDITOR", EnumSet.of(Permission.PROJECT_VIEW, Permission.AUDIT_VIEW)));
    }

    @Test
    void aFlowIsValidatedWithMessagesPerStepAndSaved() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.ADMIN);
        tab(shell, 4);
        robot.interact(() -> robot.lookup("#flow-types").queryAs(ListView.class).getSelectionModel()
                .select(RequestType.PAYMENT));
        TableView<?> steps = robot.lookup("#flow-steps").queryTableView();
        robot.clickOn("#flow-add-step");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#step-name").queryAs(TextField.class).setText("专家评审");
            robot.lookup("#step-user").queryAs(TextField.class).setText("nobody");
        });
        robot.clickOn("#step-add-user");
        robot.interact(() -> robot.lookup("#step-conditional").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#step-amount").queryAs(TextField.class).setText("1,000,000"));
        Screenshots.save(robot.lookup("#step-ok").query().getScene(), "admin-flow-step-zh");
        robot.clickOn("#step-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps.getItems()).hasSize(5);
        robot.clickOn("#flow-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps.getItems()).hasSize(4);
        assertThat(robot.lookup("#flow-save").queryButton().isDisabled()).as("back as stored").isTrue();
        robot.clickOn("#flow-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps.getItems()).hasSize(5);

        robot.clickOn("#flow-validate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#flow-problems").queryAs(Label.class).getText())
                .startsWith("第 5 步（专家评审）审批人：");
        Screenshots.save(shell.scene(), "admin-flows-problems-zh");
        assertThat(core.approvals().flows(admin)).filteredOn(f -> f.type() == RequestType.PAYMENT).singleElement()
                .satisfies(f -> assertThat(f.steps()).hasSize(4));

        robot.interact(() -> steps.getSelectionModel().select(4));
        robot.clickOn("#flow-edit-step");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ListView<?> approvers = robot.lookup("#step-approvers").queryAs(ListView.class);
            approvers.getSelectionModel().select(0);
            robot.lookup("#step-user").queryAs(TextField.class).setText("chenjing");
        });
        robot.clickOn("#step-remove-approver");
        robot.clickOn("#step-add-user");
        robot.clickOn("#step-ok");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#flow-save");
        WaitForAsyncUtils.waitForFxEvents();
        FlowDefinition saved = core.approvals().flows(admin).stream().filter(f -> f.type() == RequestType.PAYMENT)
                .findFirst().orElseThrow();
        assertThat(saved.steps()).hasSize(5);
        assertThat(saved.steps().get(4).minAmount()).isEqualByComparingTo("1000000");
        assertThat(saved.steps().get(4).approvers()).extracting(r -> r.value()).containsExactly("chenjing");
        assertThat(robot.lookup("#flow-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void onlyAdministratorsSeeTheSectionAndCoreRefusesOthersWithADialog() throws Exception {
        UserSession officer = DemoFolder.login(core, "zhangwei");
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.HOME);
        assertThat(robot.lookup("#nav-admin").tryQuery()).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> shell.window().show(Section.ADMIN));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dialog-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo(Messages.of(Language.CHINESE).error("error.accessDenied"));
        Screenshots.save(message.getScene(), "admin-refused-zh");
        robot.clickOn(buttonWithText("确定", shell.scene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#admin-users-table").queryTableView().getItems()).isEmpty();
    }
}
