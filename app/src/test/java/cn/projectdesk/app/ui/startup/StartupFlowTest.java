package cn.projectdesk.app.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** From an empty data folder through first start and sign-in to the main window, as a new user does. */
class StartupFlowTest extends FxTest {
    @TempDir
    static Path folder;
    private static StartupFlow flow;

    @AfterAll
    static void closeFolder() {
        if (flow != null) {
            flow.shutdown();
        }
    }

    @Test
    void firstStartThenWrongThenRightPasswordOpensTheMainWindow() throws Exception {
        Files.writeString(folder.resolve("preferences.properties"), "language=zh_CN\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger exit = new AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> {
            flow = new StartupFlow(stage, folder, true, BackgroundRunner.synchronous(), DemoFolder.CLOCK, f -> { }, exit::set);
            flow.begin();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        Button submit = robot.lookup("#first-start-submit").queryButton();
        assertThat(submit.isDisabled()).as("no password yet").isTrue();
        robot.clickOn("#admin-password").write("short");
        assertThat(robot.lookup("#error-adminPassword").queryAs(Label.class).getText()).isEqualTo("密码至少 8 位。");
        robot.interact(() -> {
            robot.lookup("#admin-password").queryAs(PasswordField.class).setText(DemoFolder.ADMIN_PASSWORD);
            robot.lookup("#admin-password-confirm").queryAs(PasswordField.class).setText(DemoFolder.ADMIN_PASSWORD);
        });
        assertThat(submit.isDisabled()).isFalse();
        Screenshots.save(stage.getScene(), "first-start-zh");
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#admin-password").queryAs(PasswordField.class).getText()).as("kept").isEqualTo(DemoFolder.ADMIN_PASSWORD);
        Screenshots.save(stage.getScene(), "first-start-en");
        robot.clickOn("#first-start-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#demo-password").queryAs(Label.class).getText()).contains("Demo2026");
        assertThat(robot.lookup("#login-submit").queryButton().getText()).isEqualTo("Sign in");
        robot.clickOn("#language-zh_CN");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "login-zh");
        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#username").write("sunli");
        robot.clickOn("#password").write("wrong-password1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText()).isEqualTo("Wrong user name or password.");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        Screenshots.save(stage.getScene(), "login-en");

        robot.clickOn("#password").write("Demo2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.mainWindow()).isNotNull();
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("孙丽 (Project officer)");
        assertThat(robot.lookup("#status-sync").queryAs(Label.class).getText()).isEqualTo("Sync not set up");
        assertThat(robot.lookup("#home-projects").queryTableView().getItems()).isNotEmpty();
        Screenshots.save(stage.getScene(), "home-en");
        assertThat(Files.readString(folder.resolve("preferences.properties"))).contains("language=en");
        assertThat(exit.get()).isEqualTo(-1);
        assertThat(robot.lookup("#username").tryQuery()).isEmpty();
    }

    @Test
    void aFolderInUseIsExplainedAndEndsWithExitCodeOne(@TempDir Path busy) throws Exception {
        Files.writeString(busy.resolve("preferences.properties"), "language=zh_CN\n");
        try (CoreServices other = CoreServices.open(busy)) {
            Stage stage = FxToolkit.registerPrimaryStage();
            AtomicInteger exit = new AtomicInteger(-1);
            WaitForAsyncUtils.asyncFx(() -> new StartupFlow(stage, busy, true, BackgroundRunner.synchronous(), DemoFolder.CLOCK,
                    f -> { }, exit::set).begin());
            WaitForAsyncUtils.waitForFxEvents();
            Label message = robot.lookup("#dialog-message").queryAs(Label.class);
            assertThat(message.getText()).startsWith("项目工作台已在使用该数据文件夹运行。");
            assertThat(message.getText()).doesNotContain("Exception").doesNotContain("\tat ");
            Screenshots.save(message.getScene(), "error-folder-in-use-zh");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(exit.get()).isEqualTo(1);
            assertThat(other.setup().isInitialized()).isFalse();
        }
    }
}
