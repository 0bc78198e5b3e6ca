package cn.projectdesk.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.UserSession;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users upload their own signature (PNG or JPEG, size and dimension limits); the printed form shows it. */
class SignatureUploadTest {
    @TempDir
    static Path dir;
    static CoreServices core;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawLine(4, height / 2, width - 4, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void imagesAreCheckedForTypeSizeAndDimensions() throws IOException {
        assertThat(SignatureImage.of(image("png", 200, 60)).format()).isEqualTo("png");
        SignatureImage jpeg = SignatureImage.of(image("jpg", 300, 100));
        assertThat(jpeg.format()).isEqualTo("jpeg");
        assertThat(jpeg.width()).isEqualTo(300);
        assertThat(jpeg.height()).isEqualTo(100);
        assertRefused(image("png", 20, 60), "validation.signature.dimensions");
        assertRefused(image("png", 2000, 60), "validation.signature.dimensions");
        assertRefused(image("gif", 200, 60), "validation.signature.type");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "validation.signature.type");
        assertRefused(new byte[SignatureImage.MAX_BYTES + 1], "validation.signature.tooLarge");
    }

    private static void assertRefused(byte[] data, String key) {
        assertThatThrownBy(() -> SignatureImage.of(data)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("signature", key));
    }

    @Test
    void aUsersOwnJpegSignatureIsStoredAndPrintedOnTheForm() throws IOException {
        UserSession chen = TestFolders.login(core, "chenjing");
        byte[] jpeg = image("jpg", 240, 80);
        core.forms().setSignature(chen, "chenjing", jpeg);
        assertThat(core.forms().signature(chen, "chenjing")).hasValueSatisfying(b -> assertThat(b).isEqualTo(jpeg));

        UserSession officer = TestFolders.login(core, "zhangwei");
        String code = core.approvals().list(officer).stream().filter(r -> r.title().equals("老旧小区改造工程第三期进度款"))
                .findFirst().orElseThrow().code();
        PrintedForm form = core.forms().print(officer, code, Locale.SIMPLIFIED_CHINESE);
        try (PDDocument doc = Loader.loadPDF(form.pdf())) {
            PDPage page = doc.getPage(0);
            boolean jpegShown = false;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                    jpegShown |= "jpg".equals(img.getSuffix());
                }
            }
            assertThat(jpegShown).as("陈静's JPEG signature on the form").isTrue();
        }

        core.forms().removeSignature(chen, "chenjing");
        assertThat(core.forms().signature(chen, "chenjing")).isEmpty();
    }

    @Test
    void othersCannotSetOrReadSomeonesSignatureAndNothingChanges() throws IOException {
        UserSession zhang = TestFolders.login(core, "zhangwei");
        byte[] mine = image("png", 200, 60);
        core.forms().setSignature(zhang, "zhangwei", mine);
        UserSession lina = TestFolders.login(core, "lina");
        assertThatThrownBy(() -> core.forms().setSignature(lina, "zhangwei", image("png", 100, 40)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.forms().signature(lina, "zhangwei")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.forms().removeSignature(lina, "zhangwei")).isInstanceOf(AccessDeniedException.class);
        // an administrator of a field office is refused for a user at the bureau
        UserSession admin = TestFolders.login(core, "admin");
        core.users().create(admin, new NewUser("dqsig", "东区管理员", core.orgUnits().find(admin, "DQ").orElseThrow().id(),
                "ADMIN", "Start2026".toCharArray()));
        UserSession fieldAdmin = core.authentication().login("dqsig", "Start2026".toCharArray());
        assertThatThrownBy(() -> core.forms().setSignature(fieldAdmin, "zhangwei", image("png", 100, 40)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.forms().signature(zhang, "zhangwei")).hasValueSatisfying(b -> assertThat(b).isEqualTo(mine));
        core.forms().setSignature(admin, "zhangwei", image("png", 120, 40));
        assertThat(core.forms().signature(zhang, "zhangwei")).hasValueSatisfying(b -> assertThat(b).isNotEqualTo(mine));
    }
}
