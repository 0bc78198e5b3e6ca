package cn.projectdesk.app.ui.wbs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The WBS editor driven from the keyboard, as a planner does: add, rename, indent, undo, redo. */
class WbsEditorTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;
    static ProjectSummary project;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "admin");
        // The demo's second project: a full plan of moderate size with links between tasks.
        project = core.projects().list(officer).stream().filter(p -> p.code().startsWith("LJ-")).skip(1).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void addRenameIndentAndUndoFromTheKeyboard() throws Exception {
        Shell shell = openPlan(Language.CHINESE);
        TreeTableView<TaskRow> table = robot.lookup("#wbs-table").query();
        List<TaskRow> original = core.tasks().tasks(officer, project.id());
        Screenshots.save(shell.scene(), "wbs-zh");

        TaskRow anchor = original.stream().filter(r -> !r.summary() && r.level() == 1).findFirst().orElseThrow();
        select(table, anchor);
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).hasSize(original.size() + 1);
        assertThat(table.getEditingCell()).as("the new task's name is being edited").isNotNull();
        robot.write("Site survey").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TaskRow added = find("Site survey");
        assertThat(added.parentId()).isEqualTo(anchor.parentId());
        assertThat(selected(table).id()).isEqualTo(added.id());

        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find("Site survey").parentId()).as("indented below the task above").isEqualTo(anchor.id());
        assertThat(find("Site survey").level()).isEqualTo(anchor.level() + 1);
        assertThat(rows().stream().filter(r -> r.id().equals(anchor.id())).findFirst().orElseThrow().summary()).isTrue();
        Screenshots.save(shell.scene(), "wbs-edited-zh");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find("Site survey").parentId()).isEqualTo(anchor.parentId());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("已撤销：降级");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).extracting(TaskRow::name).doesNotContain("Site survey").contains("新任务");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).extracting(TaskRow::wbsCode).containsExactlyElementsOf(original.stream().map(TaskRow::wbsCode).toList());
        assertThat(rows()).hasSize(original.size());

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find("Site survey").parentId()).isEqualTo(anchor.parentId());
        assertThat(table.getRoot().getChildren()).isNotEmpty();
    }

    @Test
    void aDependencyLoopIsRefusedAndNothingChanges() throws Exception {
        openPlan(Language.ENGLISH);
        TreeTableView<TaskRow> table = robot.lookup("#wbs-table").query();
        List<TaskRow> before = rows();
        TaskRow successor = before.stream().filter(r -> !r.predecessors().isBlank() && !r.summary()).findFirst().orElseThrow();
        String predecessorCode = successor.predecessors().split("[,A-Z+]")[0].trim();
        TaskRow predecessor = before.stream().filter(r -> r.wbsCode().equals(predecessorCode)).findFirst().orElseThrow();

        select(table, predecessor);
        var column = table.getColumns().stream().filter(c -> "predecessors".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> table.edit(table.getSelectionModel().getSelectedIndex(), column));
        robot.write(successor.wbsCode()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dialog-message").queryAs(Label.class);
        // Core's cycle finder names the loop only for some shapes of plan (reported); the refusal is what counts here.
        assertThat(message.getText()).isNotBlank();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void planInEnglish() throws Exception {
        Shell shell = openPlan(Language.ENGLISH);
        assertThat(robot.lookup("#wbs-add").queryButton().getText()).isEqualTo("Add task");
        Screenshots.save(shell.scene(), "wbs-en");
    }

    private Shell openPlan(Language language) throws Exception {
        Shell shell = Shell.open(core, officer, language, Section.PROJECTS);
        robot.interact(() -> shell.window().openPlan(project));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#wbs-title");
        robot.interact(() -> robot.lookup("#wbs-table").query().requestFocus());
        return shell;
    }

    private void select(TreeTableView<TaskRow> table, TaskRow row) {
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                TreeItem<TaskRow> item = table.getTreeItem(i);
                if (item.getValue().id().equals(row.id())) {
                    table.getSelectionModel().select(i);
                    table.getFocusModel().focus(i);
                }
            }
            table.requestFocus();
        });
    }

    private static TaskRow selected(TreeTableView<TaskRow> table) {
        return table.getSelectionModel().getSelectedItem().getValue();
    }

    private static List<TaskRow> rows() {
        return core.tasks().tasks(officer, project.id());
    }

    private static TaskRow find(String name) {
        return rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
