package cn.projectdesk.app.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.startup.StartupFlow;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.sync.client.OfficeJoin;
import cn.projectdesk.sync.client.SyncState;
import cn.projectdesk.sync.server.DeviceRegistry;
import cn.projectdesk.sync.server.HqNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new office joins headquarters from the first start (issue 7) against one real HQ server on 127.0.0.1:
 * field checks, a wrong certificate password, then the join and a sign-in as the user HQ created; an office
 * HQ has no users for yet is offered only the join on the next start, and the retry finishes it; Esc cancels a
 * join that waits for a server that does not answer.
 */
class JoinHeadquartersTest extends FxTest {
    private static final String OFFICER_PASSWORD = "Xiaoming2026";

    @TempDir
    static Path dir;
    static HqServer hq;
    private StartupFlow flow;

    @BeforeAll
    static void start() throws Exception {
        hq = new HqServer(dir.resolve("server"));
        HqNode node = hq.hq;
        node.addUser(node.login(HqServer.ADMIN_PASSWORD.clone()), "xiaoming", "王小明", "OFFICER", "KS1",
                OFFICER_PASSWORD.toCharArray());
        node.publish(hq.ledger);
    }

    @AfterAll
    static void stop() throws Exception {
        hq.close();
    }

    @AfterEach
    void closeFlow() {
        if (flow != null) {
            flow.shutdown();
            flow = null;
        }
    }

    private void begin(Path folder, String language) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("preferences.properties"), "language=" + language + "\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger exit = new AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> {
            flow = new StartupFlow(stage, folder, false, BackgroundRunner.synchronous(), DemoFolder.CLOCK, f -> { }, exit::set);
            flow.setFilePicker(messages -> new SyncFilePicker() {
                @Override
                public Optional<Path> certificate(Window owner) {
                    return Optional.ofNullable(nextCertificate);
                }

                @Override
                public Optional<Path> folder(Window owner) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> reply(Window owner) {
                    return Optional.empty();
                }
            });
            flow.begin();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path nextCertificate;

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String waitForDialog() throws Exception {
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        return text("#dialog-message");
    }

    private void closeDialog() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void password(String value) {
        robot.interact(() -> robot.lookup("#join-certificate-password").queryTextInputControl().setText(value));
    }

    @Test
    void wrongPasswordIsExplainedThenTheJoinPullsTheOfficeAndItsUserSignsIn() throws Exception {
        Path folder = dir.resolve("office-ks1");
        begin(folder, "zh_CN");
        Button submit = robot.lookup("#first-start-submit").queryButton();
        assertThat(submit.getText()).isEqualTo("完成设置并继续");
        robot.clickOn("#mode-join");
        assertThat(submit.getText()).isEqualTo("加入并同步");
        assertThat(submit.isDisabled()).as("nothing filled in").isTrue();
        assertThat(text("#error-certificate")).isEqualTo("请选择总部发放的设备证书文件（.p12）。");

        robot.interact(() -> robot.lookup("#join-server").queryTextInputControl().setText("http://127.0.0.1:" + hq.server.port()));
        assertThat(text("#error-server")).startsWith("地址须以 https:// 开头");
        robot.interact(() -> robot.lookup("#join-certificate").queryTextInputControl().setText(folder.resolve("missing.p12").toString()));
        assertThat(text("#error-certificate")).isEqualTo("该文件不存在或无法读取。");

        robot.interact(() -> robot.lookup("#join-server").queryTextInputControl().setText(hq.uri().toString()));
        nextCertificate = hq.device("ks1-new", "KS1");
        robot.clickOn("#join-choose-certificate");
        assertThat(robot.lookup("#join-certificate").queryTextInputControl().getText()).isEqualTo(nextCertificate.toString());
        robot.clickOn("#join-certificate-password").write("wrong-pass");
        assertThat(text("#error-server")).isEmpty();
        assertThat(submit.isDisabled()).isFalse();
        Screenshots.save(submit.getScene(), "first-start-join-zh");

        robot.type(KeyCode.ENTER); // the default button
        assertThat(waitForDialog()).startsWith("密码错误").contains("重试");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "first-start-join-wrong-password-zh");
        closeDialog();
        assertThat(robot.lookup("#mode-join").queryAs(RadioButton.class).isSelected()).as("still on the first start").isTrue();
        assertThat(robot.lookup("#mode-local").queryAs(RadioButton.class).isDisabled()).as("nothing was set up").isFalse();
        assertThat(text("#error-certificatePassword")).startsWith("密码错误");
        assertThat(flow.context().core().setup().isInitialized()).isFalse();

        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#join-server").queryTextInputControl().getText()).as("kept").isEqualTo(hq.uri().toString());
        Button rebuilt = robot.lookup("#first-start-submit").queryButton();
        assertThat(rebuilt.getText()).isEqualTo("Join and sync");
        assertThat(rebuilt.isDisabled()).as("the password was cleared").isTrue();
        Screenshots.save(rebuilt.getScene(), "first-start-join-en");

        robot.clickOn("#join-certificate-password").write(new String(HqServer.CERT_PASSWORD)).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#login-submit").tryQuery().isPresent());
        assertThat(flow.context().sync().passwordKnownProperty().get()).as("kept for this session (ADR 24)").isTrue();
        assertThat(flow.context().core().setup().isDemo()).isFalse();

        robot.clickOn("#username").write("xiaoming");
        robot.clickOn("#password").write(OFFICER_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> flow.mainWindow() != null);
        assertThat(text("#status-user")).startsWith("王小明");
    }

    @Test
    void escCancelsAJoinWhileTheServerDoesNotAnswerAndNothingIsSetUp() throws Exception {
        Path folder = dir.resolve("office-silent");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepts and never answers the TLS handshake
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            begin(folder, "en");
            robot.clickOn("#mode-join");
            Path cert = hq.device("ks1-silent", "KS1");
            robot.interact(() -> {
                robot.lookup("#join-server").queryTextInputControl().setText("https://127.0.0.1:" + silent.getLocalPort());
                robot.lookup("#join-certificate").queryTextInputControl().setText(cert.toString());
            });
            password(new String(HqServer.CERT_PASSWORD));
            robot.clickOn("#first-start-submit");
            waitUntil(() -> robot.lookup("#join-cancel").queryButton().isVisible() && !held.isEmpty());
            assertThat(text("#first-start-progress")).isEqualTo("Connecting to headquarters …");
            Screenshots.save(robot.lookup("#join-cancel").queryButton().getScene(), "first-start-join-connecting-en");
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !robot.lookup("#join-cancel").queryButton().isVisible());
            assertThat(robot.lookup("#dialog-message").tryQuery()).as("the user asked for it: no dialog").isEmpty();
            assertThat(robot.lookup("#mode-local").queryAs(RadioButton.class).isDisabled()).as("nothing was set up").isFalse();
            assertThat(OfficeJoin.unfinished(flow.context().core().database())).isFalse();
            assertThat(new SyncState(flow.context().core().database().settings()).server()).isEmpty();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void refusalsAndAnOfficeWithoutUsersAreExplainedAndTheNextStartFinishesTheJoin() throws Exception {
        Path folder = dir.resolve("office-ks2");
        begin(folder, "zh_CN");
        robot.clickOn("#mode-join");

        Path cert = hq.device("ks2-new", "KS2");
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = closed.getLocalPort();
            closed.close(); // nothing listens there now
            robot.interact(() -> {
                robot.lookup("#join-server").queryTextInputControl().setText("https://127.0.0.1:" + port);
                robot.lookup("#join-certificate").queryTextInputControl().setText(cert.toString());
            });
            password(new String(HqServer.CERT_PASSWORD));
            robot.clickOn("#first-start-submit");
            assertThat(waitForDialog()).startsWith("无法连接服务器 https://127.0.0.1:" + port);
            closeDialog();
        }

        Path revoked = hq.device("ks2-revoked", "KS2");
        new DeviceRegistry(hq.store).revoke("ks2-revoked");
        robot.interact(() -> {
            robot.lookup("#join-server").queryTextInputControl().setText(hq.uri().toString());
            robot.lookup("#join-certificate").queryTextInputControl().setText(revoked.toString());
        });
        password(new String(HqServer.CERT_PASSWORD));
        robot.clickOn("#first-start-submit");
        assertThat(waitForDialog()).contains("拒绝");
        closeDialog();

        robot.interact(() -> robot.lookup("#join-certificate").queryTextInputControl().setText(cert.toString()));
        password(new String(HqServer.CERT_PASSWORD));
        robot.clickOn("#first-start-submit");
        assertThat(waitForDialog()).contains("尚未为本机构（KS2）创建任何用户");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "first-start-join-no-users-zh");
        closeDialog();
        assertThat(robot.lookup("#mode-local").queryAs(RadioButton.class).isDisabled())
                .as("HQ's data is here now: no local set-up on top of it").isTrue();
        assertThat(robot.lookup("#join-unfinished").queryAs(Label.class).isVisible()).isTrue();

        // the next start offers only the join, filled in; HQ meanwhile created the office's user
        flow.shutdown();
        flow = null;
        HqNode node = hq.hq;
        node.addUser(node.login(HqServer.ADMIN_PASSWORD.clone()), "zhouli", "周丽", "OFFICER", "KS2",
                OFFICER_PASSWORD.toCharArray());
        node.publish(hq.ledger);
        begin(folder, "en");
        assertThat(robot.lookup("#mode-join").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#mode-local").queryAs(RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#join-server").queryTextInputControl().getText()).isEqualTo(hq.uri().toString());
        assertThat(robot.lookup("#join-certificate").queryTextInputControl().getText())
                .isEqualTo(folder.resolve("sync").resolve("device.p12").toString());
        Screenshots.save(robot.lookup("#first-start-submit").queryButton().getScene(), "first-start-join-unfinished-en");
        password(new String(HqServer.CERT_PASSWORD));
        robot.clickOn("#first-start-submit");
        waitUntil(() -> robot.lookup("#login-submit").tryQuery().isPresent());
        assertThat(robot.lookup("#login-submit").queryButton().getText()).isEqualTo("Sign in");
    }
}
