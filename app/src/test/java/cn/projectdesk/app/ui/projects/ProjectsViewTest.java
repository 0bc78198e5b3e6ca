package cn.projectdesk.app.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The project list and editor, on the demo data, as the administrator (who sees every project). */
class ProjectsViewTest extends FxTest {
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

    @Test
    void searchAndFiltersShrinkTheList() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.PROJECTS);
        TableView<ProjectSummary> table = robot.lookup("#projects-table").queryTableView();
        int all = table.getItems().size();
        assertThat(all).isGreaterThanOrEqualTo(6);
        Screenshots.save(shell.scene(), "projects-zh");

        robot.clickOn("#project-search").write("LJ-");
        WaitForAsyncUtils.waitForFxEvents();
        int bureau = table.getItems().size();
        assertThat(bureau).isBetween(1, all - 1);
        assertThat(table.getItems()).allMatch(p -> p.code().contains("LJ-"));

        robot.interact(() -> robot.lookup("#project-search").queryAs(TextField.class).clear());
        ComboBox<Choice<UUID>> department = robot.lookup("#filter-department").query();
        Choice<UUID> eastOffice = department.getItems().stream().filter(c -> c.label().contains("东区分局")).findFirst().orElseThrow();
        robot.interact(() -> department.setValue(eastOffice));
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(p -> p.departmentName().startsWith("东区"));

        ComboBox<Choice<Integer>> year = robot.lookup("#filter-year").query();
        robot.interact(() -> year.setValue(year.getItems().get(year.getItems().size() - 1)));
        assertThat(table.getItems().size()).isLessThanOrEqualTo(all);
        robot.clickOn("#clear-filters");
        assertThat(table.getItems()).hasSize(all);

        shell.switchLanguage(Language.ENGLISH, Section.PROJECTS, null);
        assertThat(robot.lookup("#new-project").queryButton().getText()).isEqualTo("New project");
        Screenshots.save(shell.scene(), "projects-en");
    }

    @Test
    void aProjectIsSavedOnlyOnceEveryFieldIsValid() throws Exception {
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.PROJECTS);
        int before = robot.lookup("#projects-table").queryTableView().getItems().size();
        robot.clickOn("#new-project");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane editor = robot.lookup("#project-editor").query();
        Button save = robot.lookup("#editor-save").queryButton();
        assertThat(save.isDisabled()).as("name and type missing").isTrue();
        assertThat(label("#error-name").getText()).isEqualTo("必填。");

        robot.clickOn("#editor-name").write("Smart parking");
        robot.interact(() -> {
            ComboBox<Choice<?>> type = robot.lookup("#editor-type").query();
            type.setValue(type.getItems().get(1));
            robot.lookup("#editor-start").queryAs(DatePicker.class).setValue(DemoFolder.TODAY);
            robot.lookup("#editor-finish").queryAs(DatePicker.class).setValue(DemoFolder.TODAY.minusDays(1));
        });
        robot.clickOn("#editor-budget").write("12x");
        assertThat(label("#error-plannedFinish").getText()).isEqualTo("完成日期不能早于开始日期。");
        assertThat(label("#error-approvedBudget").getText()).contains("1,250,000.00");
        assertThat(save.isDisabled()).isTrue();
        Screenshots.save(editor.getScene(), "project-editor-zh");

        robot.interact(() -> {
            robot.lookup("#editor-finish").queryAs(DatePicker.class).setValue(DemoFolder.TODAY.plusMonths(6));
            robot.lookup("#editor-budget").queryAs(TextField.class).setText("1,250,000.5");
            robot.lookup("#editor-name").queryAs(TextField.class).setText("智慧停车信息化平台建设");
        });
        assertThat(label("#error-plannedFinish").getText()).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ProjectSummary> table = robot.lookup("#projects-table").queryTableView();
        assertThat(table.getItems()).hasSize(before + 1);
        ProjectSummary created = table.getSelectionModel().getSelectedItem();
        assertThat(created.name()).isEqualTo("智慧停车信息化平台建设");
        assertThat(created.code()).startsWith("LJ-2026-");
        assertThat(created.approvedBudget()).isEqualByComparingTo("1250000.50");

        robot.clickOn("#delete-project");
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = robot.lookup((javafx.scene.Node n) -> n instanceof Button b && "删除".equals(b.getText())
                && b.getScene() != table.getScene()).queryButton();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before).noneMatch(p -> p.id().equals(created.id()));
        robot.clickOn("#projects-table");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before + 1).anyMatch(p -> p.id().equals(created.id()));
        core.projects().delete(admin, created.id());
    }

    @Test
    void editorInEnglish() throws Exception {
        Shell shell = Shell.open(core, admin, Language.ENGLISH, Section.PROJECTS);
        TableView<ProjectSummary> table = robot.lookup("#projects-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#edit-project");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane editor = robot.lookup("#project-editor").query();
        robot.interact(() -> robot.lookup("#editor-name").queryAs(TextField.class).setText(""));
        assertThat(label("#error-name").getText()).isEqualTo("Required.");
        Screenshots.save(editor.getScene(), "project-editor-en");
        robot.interact(() -> ((javafx.stage.Stage) editor.getScene().getWindow()).close());
        assertThat(shell.window()).isNotNull();
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }
}
