package cn.projectdesk.app.ui.msproject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import MS Project: the chosen file becomes a new project whose plan opens; a bad file is refused by name. */
class MsProjectImportTest extends FxTest {
    static final Path SAMPLE = Path.of("../../shared/data/msproject/task-links-project2013-mspdi.xml");
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder.resolve("data"));
        officer = DemoFolder.login(core, "zhangwei");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private void runMenu(Shell shell, Path file) {
        robot.interact(() -> {
            shell.window().setProjectFilePicker(owner -> Optional.of(file));
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-import-msproject".equals(i.getId()))
                    .findFirst().orElseThrow();
            assertThat(item.isDisable()).isFalse();
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importingAFileOpensTheNewProjectsPlan() throws Exception {
        int before = core.projects().list(officer).size();
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.PROJECTS);
        runMenu(shell, SAMPLE);
        assertThat(shell.window().sectionProperty().get()).isEqualTo(Section.PLAN);
        TreeTableView<?> table = robot.lookup("#wbs-table").queryAs(TreeTableView.class);
        assertThat(table.getExpandedItemCount()).isEqualTo(16);
        assertThat(core.projects().list(officer)).hasSize(before + 1);
        Screenshots.save(shell.scene(), "msproject-imported-zh");
    }

    @Test
    void aBadFileIsRefusedByNameInBothLanguages() throws Exception {
        Path bad = Files.writeString(folder.resolve("会议纪要.mpp"), "not a project");
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            int before = core.projects().list(officer).size();
            Shell shell = Shell.open(core, officer, language, Section.PROJECTS);
            runMenu(shell, bad);
            Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                    && s.getScene().lookup("#import-error") != null && s.isShowing()).findFirst().orElseThrow();
            Label error = (Label) dialog.getScene().lookup("#import-error");
            assertThat(error.isVisible()).isTrue();
            assertThat(error.getText()).contains("会议纪要.mpp");
            assertThat(((ProgressBar) dialog.getScene().lookup("#import-progress")).getProgress()).isLessThan(1);
            assertThat(core.projects().list(officer)).hasSize(before);
            Screenshots.save(dialog.getScene(), "msproject-import-refused-" + language.name().toLowerCase(java.util.Locale.ROOT));
            robot.interact(dialog::close);
        }
    }
}
