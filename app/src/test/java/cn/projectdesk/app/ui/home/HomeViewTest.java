package cn.projectdesk.app.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The start page of an officer: own projects, tasks due soon, and Enter opens the plan. */
class HomeViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "sunli");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void showsMyProjectsAndOpensTheirPlan() throws Exception {
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.HOME);
        TableView<?> projects = robot.lookup("#home-projects").queryTableView();
        assertThat(projects.getItems()).isNotEmpty();
        Screenshots.save(shell.scene(), "home-zh");

        robot.interact(() -> {
            projects.getSelectionModel().select(0);
            projects.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.window().sectionProperty().get()).isEqualTo(Section.PLAN);
        assertThat(robot.lookup("#wbs-table").queryAs(javafx.scene.control.TreeTableView.class).getExpandedItemCount()).isPositive();
    }
}
