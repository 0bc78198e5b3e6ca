package cn.projectdesk.app.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.Totp;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.DelegationView;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** My account: own password, TOTP enrolment with a QR code, signature upload with preview, delegation while away. */
class MyAccountDialogTest extends FxTest {
    @TempDir
    static Path folder;
    @TempDir
    static Path files;
    static CoreServices core;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private MyAccountDialog open(Shell shell, UserSession user, Path signatureFile) {
        AtomicReference<MyAccountDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            MyAccountDialog d = new MyAccountDialog(shell.stage(), shell.context(), user);
            d.setSignaturePicker(owner -> Optional.ofNullable(signatureFile));
            d.open();
            dialog.set(d);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.get();
    }

    private static Path image(String name, int width, int height) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawArc(10, 10, width / 2, height - 20, 20, 300);
        g.drawLine(width / 3, height - 15, width - 10, 12);
        g.dispose();
        Path file = files.resolve(name);
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", file.toFile());
        return file;
    }

    private void tab(MyAccountDialog dialog, int index) {
        robot.interact(() -> dialog.showTab(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node node(String id) {
        return robot.lookup(id).query();
    }

    @Test
    void aUserChangesThePasswordTurnsOnTheSecondFactorUploadsASignatureAndDelegates() throws Exception {
        UserSession lina = DemoFolder.login(core, "lina");
        Shell shell = Shell.open(core, lina, Language.CHINESE, Section.HOME);
        MyAccountDialog dialog = open(shell, lina, image("signature.jpg", 360, 120));

        robot.interact(() -> {
            robot.lookup("#account-current").queryAs(TextField.class).setText("Demo2026");
            robot.lookup("#account-new-password").queryAs(TextField.class).setText("Lina2027x");
            robot.lookup("#account-new-confirm").queryAs(TextField.class).setText("Lina2027");
        });
        assertThat(robot.lookup("#account-new-policy").queryAs(Label.class).getText()).isEqualTo("两次输入不一致。");
        assertThat(robot.lookup("#account-password-change").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#account-new-confirm").queryAs(TextField.class).setText("Lina2027x"));
        Screenshots.save(node("#account-tabs").getScene(), "account-password-zh");
        robot.clickOn("#account-password-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-password-done").queryAs(Label.class).getText()).isEqualTo("密码已修改。");
        assertThat(core.authentication().login("lina", "Lina2027x".toCharArray()).username()).isEqualTo("lina");

        tab(dialog, 1);
        assertThat(robot.lookup("#account-totp-state").queryAs(Label.class).getText()).isEqualTo("双因素认证未开启。");
        robot.interact(() -> robot.lookup("#account-totp-password").queryAs(TextField.class).setText("Lina2027x"));
        robot.clickOn("#account-totp-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-totp-qr").queryAs(ImageView.class).getImage()).isNotNull();
        String secret = robot.lookup("#account-totp-secret").queryAs(TextField.class).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        Screenshots.save(node("#account-tabs").getScene(), "account-totp-zh");
        String code = Totp.code(base32(secret), Totp.step(Instant.now()), Totp.DIGITS, Totp.SHA1);
        robot.interact(() -> robot.lookup("#account-totp-code").queryAs(TextField.class).setText(code));
        robot.clickOn("#account-totp-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(buttonWithText("确定", node("#account-tabs").getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-totp-state").queryAs(Label.class).getText()).isEqualTo("双因素认证已开启。");
        assertThat(core.users().list(DemoFolder.login(core, "admin"))).filteredOn(u -> u.username().equals("lina"))
                .singleElement().satisfies(u -> assertThat(u.secondFactor()).isTrue());

        tab(dialog, 2);
        assertThat(robot.lookup("#account-signature-preview").queryAs(ImageView.class).getImage()).isNull();
        robot.clickOn("#account-signature-upload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-signature-preview").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(core.forms().signature(lina, "lina")).isPresent();
        Screenshots.save(node("#account-tabs").getScene(), "account-signature-zh");

        tab(dialog, 3);
        robot.interact(() -> {
            robot.lookup("#account-delegate-to").queryAs(TextField.class).setText("wangqiang");
            robot.lookup("#account-delegate-reason").queryAs(TextField.class).setText("赴省发改委参加培训");
        });
        robot.clickOn("#account-delegate-add");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DelegationView> delegations = robot.lookup("#account-delegations").queryTableView();
        assertThat(delegations.getItems()).singleElement().satisfies(d -> {
            assertThat(d.delegate()).isEqualTo("wangqiang");
            assertThat(d.validFrom()).isEqualTo(DemoFolder.TODAY);
        });
        Screenshots.save(node("#account-tabs").getScene(), "account-delegation-zh");
        robot.interact(() -> delegations.getSelectionModel().select(0));
        robot.clickOn("#account-delegate-revoke");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delegations.getItems()).isEmpty();
        assertThat(core.approvals().delegations(lina)).isEmpty();
    }

    @Test
    void aBadSignatureFileIsRefusedWithTheReasonAndEveryTabReadsInEnglish() throws Exception {
        UserSession zhang = DemoFolder.login(core, "zhangwei");
        Shell shell = Shell.open(core, zhang, Language.ENGLISH, Section.HOME);
        MyAccountDialog dialog = open(shell, zhang, image("tiny.png", 20, 10));
        Screenshots.save(node("#account-tabs").getScene(), "account-password-en");
        tab(dialog, 1);
        Screenshots.save(node("#account-tabs").getScene(), "account-totp-en");
        tab(dialog, 2);
        robot.clickOn("#account-signature-upload");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dialog-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo(Messages.of(Language.ENGLISH).error("validation.signature.dimensions"));
        robot.clickOn(buttonWithText("OK", node("#account-tabs").getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.forms().signature(zhang, "zhangwei")).isEmpty();
        Screenshots.save(node("#account-tabs").getScene(), "account-signature-en");
        tab(dialog, 3);
        assertThat(robot.lookup("#account-delegate-add").queryButton().isDisabled()).as("officers do not decide").isTrue();
        Screenshots.save(node("#account-tabs").getScene(), "account-delegation-en");
    }

    @Test
    void theFileMenuOpensMyAccount() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "zhaomin"), Language.CHINESE, Section.HOME);
        robot.interact(() -> shell.window().myAccount());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-tabs").tryQuery()).isPresent();
    }

    private Button buttonWithText(String text, javafx.scene.Scene notIn) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != notIn)
                .queryButton();
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : text.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> bits - 8);
                bits -= 8;
            }
        }
        return out;
    }
}
