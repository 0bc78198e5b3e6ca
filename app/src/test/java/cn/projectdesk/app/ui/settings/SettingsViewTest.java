package cn.projectdesk.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings: the language choice is saved in the data folder and applied at once. */
class SettingsViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void choosingEnglishSavesItAndSwitchesTheWindow() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "admin"), Language.CHINESE, Section.SETTINGS);
        assertThat(robot.lookup("#settings-data-folder").queryAs(TextField.class).getText()).isEqualTo(folder.toString());
        Screenshots.save(shell.scene(), "settings-zh");

        ComboBox<Language> language = robot.lookup("#settings-language").query();
        robot.interact(() -> language.setValue(Language.ENGLISH));

        assertThat(Files.readString(folder.resolve(Preferences.FILE_NAME))).contains("language=en");
        assertThat(Preferences.load(folder).language()).isEqualTo(Language.ENGLISH);
        assertThat(robot.lookup("#nav-settings").queryLabeled().getText()).isEqualTo("Settings");
        assertThat(shell.window().sectionProperty().get()).isEqualTo(Section.SETTINGS);
        Screenshots.save(shell.scene(), "settings-en");
    }
}
