package cn.projectdesk.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.scheduled.ScheduledJobs;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.backup.BackupRestorer;
import cn.projectdesk.core.risk.RiskSettings;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator's Settings: warning thresholds, the scheduled backup with a session password, new-warning notices. */
class OperationsSettingsTest extends FxTest {
    @TempDir
    static Path folder;
    static Path backups;
    static CoreServices core;
    private Shell current;

    private Shell shell() {
        return current;
    }

    @BeforeAll
    static void demo() throws Exception {
        core = DemoFolder.create(folder);
        // a folder of its own, outside the data folder's temporary tree
        backups = Files.createTempDirectory("projectdesk-backups");
    }

    @AfterAll
    static void close() throws Exception {
        core.close();
        try (Stream<Path> files = Files.walk(backups)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static long backupFiles() throws Exception {
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdbak")).count();
        }
    }

    @Test
    void thresholdsAndTheBackupScheduleAreSetAndABackupRunsNowAndOnSchedule() throws Exception {
        UserSession admin = DemoFolder.login(core, "admin");
        Shell shell = Shell.open(core, admin, Language.CHINESE, Section.SETTINGS);
        current = shell;
        @SuppressWarnings("unchecked")
        Spinner<Integer> onTime = robot.lookup("#settings-risk-on-time").queryAs(Spinner.class);
        assertThat(onTime.getValue()).isEqualTo(RiskSettings.DEFAULT_ON_TIME_PERCENT);
        robot.interact(() -> {
            robot.lookup("#settings-risk-deviation").queryAs(TextField.class).setText("12.5");
            onTime.getValueFactory().setValue(40);
        });
        robot.interact(() -> robot.lookup("#settings-risk-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        RiskSettings saved = core.ops().warnings().settings();
        assertThat(saved.deviationPoints()).isEqualByComparingTo("12.5");
        assertThat(saved.onTimePercent()).isEqualTo(40);

        robot.interact(() -> {
            robot.lookup("#settings-backup-folder").queryAs(TextField.class).setText(backups.toString());
            robot.lookup("#settings-backup-password").queryAs(PasswordField.class).setText("Backup-Secret-1");
            robot.lookup("#settings-backup-interval").queryAs(Spinner.class).getValueFactory().setValue(24);
            robot.lookup("#settings-backup-retention").queryAs(Spinner.class).getValueFactory().setValue(3);
        });
        robot.interact(() -> robot.lookup("#settings-backup-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.ops().backups().schedule().intervalHours()).isEqualTo(24);
        assertThat(core.ops().backups().schedule().retention()).isEqualTo(3);
        assertThat(shell.context().backupActivity().hasPassword()).isTrue();

        backUpNow();
        assertThat(robot.lookup("#dialog-message").tryQuery()).as(() -> robot.lookup("#dialog-message")
                .queryAs(Label.class).getText()).isEmpty();
        assertThat(backupFiles()).isEqualTo(1);
        String last = robot.lookup("#settings-backup-last").queryAs(Label.class).getText();
        assertThat(last).contains(".pdbak", "已加密");
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        Screenshots.save(shell.scene(), "settings-operations-zh");

        // the schedule is due (no scheduled run yet): the timer's tick writes one, encrypted with the session password
        // (a failed run leaves the schedule due and the next tick tries again, as in the window)
        for (int tick = 0; tick < 3 && core.ops().backups().schedule().lastRun() == null; tick++) {
            robot.interact(() -> new ScheduledJobs(shell.context(), admin).tick());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(core.ops().backups().schedule().lastRun()).as(() -> shell.context().backupActivity().describeLast(shell.context().messages()))
                .isNotNull();
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".pdbak"))
                    .allMatch(f -> BackupRestorer.isEncrypted(f))).isTrue();
        }

        // a folder that cannot be written: the failure is a clear dialog, and the last result says why
        Path blocked = Files.writeString(folder.resolve("not-a-folder.txt"), "x");
        robot.interact(() -> robot.lookup("#settings-backup-folder").queryAs(TextField.class).setText(blocked.toString()));
        fireLater("#settings-backup-now");
        Label message = robot.lookup("#dialog-message").queryAs(Label.class);
        assertThat(message.getText()).isNotBlank();
        Screenshots.save(message.getScene(), "settings-backup-failed-zh");
        robot.interact(() -> message.getScene().getWindow().hide());
        assertThat(robot.lookup("#settings-backup-last").queryAs(Label.class).getText()).startsWith("最近一次备份失败");

        shell.switchLanguage(Language.ENGLISH, Section.SETTINGS, null);
        assertThat(robot.lookup("#settings-risk-save").queryButton().getText()).isEqualTo("Save thresholds");
        assertThat(robot.lookup("#settings-backup-last").queryAs(Label.class).getText()).startsWith("Last backup failed");
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        Screenshots.save(shell.scene(), "settings-operations-en");
    }

    /**
     * Backs up now; core's online copy gives up after three attempts when the database keeps changing under
     * it (seen on this heavily loaded build machine), which the screen reports in a dialog — like a user, try
     * again then, at most three times.
     */
    private void backUpNow() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            fireLater("#settings-backup-now");
            java.util.Optional<javafx.scene.Node> dialog = robot.lookup("#dialog-message").tryQuery();
            if (dialog.isEmpty() || !((Label) dialog.get()).getText().contains("kept changing")) {
                return;
            }
            robot.interact(() -> dialog.get().getScene().getWindow().hide());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Fires a button outside the robot's wait: a failure dialog would wait for its OK inside the button's action. */
    private void fireLater(String id) throws Exception {
        javafx.application.Platform.runLater(() -> robot.lookup(id).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#dialog-message").tryQuery()
                .isPresent() || !robot.lookup("#settings-backup-last").queryAs(Label.class).getText().equals(
                shell().context().messages().get("settings.backup.running")) && !shell().context().backupActivity().running().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void evaluatingAnnouncesNewWarningsAsADesktopNotice() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "wangqiang"), Language.CHINESE, Section.WARNINGS);
        robot.clickOn("#warnings-evaluate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.context().notices().last()).startsWith("新的风险预警").contains("条预警");
        Screenshots.save(shell.scene(), "warnings-notice-zh");
        robot.clickOn("#warnings-evaluate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#warnings-count").queryAs(Label.class).getText()).contains("0");
    }

    @Test
    void onlyAdministratorsSeeTheOperationsSections() throws Exception {
        Shell.open(core, DemoFolder.login(core, "zhangwei"), Language.CHINESE, Section.SETTINGS);
        assertThat(robot.lookup("#settings-risk-save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-backup-now").tryQuery()).isEmpty();
    }
}
