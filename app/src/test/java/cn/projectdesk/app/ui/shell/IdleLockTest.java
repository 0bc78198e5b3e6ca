package cn.projectdesk.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window locks after the idle time and opens again only with the user's password. */
class IdleLockTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "zhangwei");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void locksWhenIdleAndUnlocksWithThePasswordOnly() throws Exception {
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            Shell shell = Shell.open(core, officer, language, Section.HOME);
            robot.interact(() -> shell.window().lock());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.window().isLocked()).isTrue();
            assertThat(robot.lookup("#idle-lock").query().isVisible()).isTrue();
            Screenshots.save(shell.scene(), "idle-lock-" + (language == Language.CHINESE ? "zh" : "en"));

            robot.clickOn("#lock-password").write("wrong");
            robot.clickOn("#lock-unlock");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.window().isLocked()).isTrue();
            assertThat(robot.lookup("#lock-error").queryAs(Label.class).getText()).isNotBlank();

            robot.clickOn("#lock-password").write("Demo2026");
            robot.clickOn("#lock-unlock");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.window().isLocked()).isFalse();
        }
    }

    @Test
    void theTimerLocksAfterTheIdleTime() throws Exception {
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.HOME);
        IdleLock[] lock = new IdleLock[1];
        robot.interact(() -> lock[0] = new IdleLock(shell.context(), officer, new StackPane(), Duration.millis(200)));
        assertThat(lock[0].isLocked()).isFalse();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lock[0].isLocked()).isTrue();
    }
}
