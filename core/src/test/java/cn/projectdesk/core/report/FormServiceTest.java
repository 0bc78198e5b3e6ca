package cn.projectdesk.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditRecord;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing approval forms from the demo requests, reading them back, and checking their codes. */
class FormServiceTest {
    /** Sample forms land here for a look (pdftoppm -png); the build directory, not a temp folder. */
    static final Path SAMPLES = Path.of("target", "forms");
    /** A 1×1 transparent PNG standing in for a scanned signature. */
    static final byte[] SIGNATURE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAAAAAAQgWH5AAAAlklEQVR42u2WQQ6AMAgE9/+f1pMxTQrsCo2X5WZwmFqxiOungMUWW2yxxcNiPCHXj0BItKpOQKi4oEYGgsODqwYIBk/qiSAv3vYFY97ds+yAjjNmhGBeuRSg5FBksgqdHKocs7gPT1VzOPkes8ZBo3M7Hf/ut443wKXFDpxOzGc6dR7rY/HEBCLn8fzM9a+PxRZbbPFI3LLFR6gQNhGkAAAAAElFTkSuQmCC");

    @TempDir
    static Path dir;
    static CoreServices core;

    @BeforeAll
    static void setUp() throws IOException {
        core = TestFolders.demo(dir);
        Files.createDirectories(SAMPLES);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static ApprovalRequestView byTitle(UserSession user, String title) {
        return core.approvals().list(user).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void anApprovedPaymentFormShowsProjectRequestOpinionsSignersAndCode() throws IOException {
        UserSession officer = TestFolders.login(core, "zhangwei");
        core.forms().setSignature(TestFolders.login(core, "admin"), "chenjing", SIGNATURE);
        ApprovalRequestView payment = byTitle(officer, "老旧小区改造工程第三期进度款");
        long entriesBefore = core.audit().verify(TestFolders.login(core, "zhaomin")).entries();

        PrintedForm form = core.forms().print(officer, payment.code(), Locale.SIMPLIFIED_CHINESE);
        Files.write(SAMPLES.resolve("payment-approved.pdf"), form.pdf());

        String text = text(form.pdf());
        assertThat(text).contains("付款申请审批表", "编号：" + payment.code(), "临江市发展和改革局", "老旧小区改造",
                payment.projectCode(), "张伟", "2,860,000.00", "人民币贰佰捌拾陆万元整",
                "按合同约定支付施工单位第三期进度款", "工程量已经监理核实，同意支付。", "发票、监理签证齐全，预算指标充足，同意。",
                "签名：李娜", "签名：陈静", "签名：王强", "签名：刘军", "【同意】", "已批准",
                "验证码：" + form.code(), "第 1 页 共 1 页");
        assertThat(form.code()).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(form.pdf().length).isLessThan(300 * 1024);
        try (PDDocument doc = Loader.loadPDF(form.pdf())) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*"); // a subset, not the whole 5 MB font
            });
            long images = 0;
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("陈静's signature image").isEqualTo(1);
        }

        List<AuditRecord> tail = new ArrayList<>();
        core.database().auditLog().forEachInOrder(r -> {
            if (r.seq() > entriesBefore) {
                tail.add(r);
            }
        });
        assertThat(tail).extracting(AuditRecord::action).contains(FormService.PRINT_ACTION);
        assertThat(tail.stream().filter(r -> r.action().equals(FormService.PRINT_ACTION)).findFirst().orElseThrow().after())
                .contains(payment.code(), form.code().replace("-", ""));
        assertThat(core.audit().verify(TestFolders.login(core, "zhaomin")).intact()).isTrue();
    }

    @Test
    void aPendingFormLeavesBlankRowsForTheStepsToComeAndAnEnglishFormUsesEnglishLabels() throws IOException {
        UserSession officer = TestFolders.login(core, "zhangwei");
        ApprovalRequestView adjustment = byTitle(officer, "老旧小区改造预算调整（管网改造增项）");
        PrintedForm zh = core.forms().print(officer, adjustment.code(), Locale.SIMPLIFIED_CHINESE);
        Files.write(SAMPLES.resolve("adjustment-pending.pdf"), zh.pdf());
        assertThat(text(zh.pdf())).contains("预算调整审批表", "情况属实，同意调整。", "（待审批）", "审批中", "当前环节：",
                "人民币壹佰贰拾万元整");

        PrintedForm en = core.forms().print(officer, adjustment.code(), Locale.ENGLISH);
        Files.write(SAMPLES.resolve("adjustment-pending-en.pdf"), en.pdf());
        assertThat(text(en.pdf())).contains("Budget adjustment approval form", "Verification code: " + en.code(),
                "(pending)", "Page 1 of 1", "情况属实，同意调整。");
        assertThat(en.code()).isNotEqualTo(zh.code());
    }

    @Test
    void aLongRequestRunsOverSeveralNumberedPages() throws IOException {
        UserSession officer = TestFolders.login(core, "zhangwei");
        ApprovalRequestView any = byTitle(officer, "老旧小区改造工程第三期进度款");
        String content = "一、工程概况。".repeat(10) + "\n" + "由于雨污分流管网实际长度超出设计，需调整施工方案并增加投资。".repeat(60);
        ApprovalRequestView change = core.approvals().submitNew(officer, new RequestDraft(RequestType.CHANGE_REQUEST,
                any.projectId(), "长篇变更申请", content.substring(0, Math.min(3900, content.length())), null, null));
        PrintedForm form = core.forms().print(officer, change.code(), Locale.SIMPLIFIED_CHINESE);
        Files.write(SAMPLES.resolve("change-long.pdf"), form.pdf());
        assertThat(form.pages()).isGreaterThan(1);
        String text = text(form.pdf());
        assertThat(text).contains("变更申请审批表（续）", "第 1 页 共 " + form.pages() + " 页",
                "第 " + form.pages() + " 页 共 " + form.pages() + " 页");
    }

    @Test
    void aFormMatchesUntilTheRequestChangesAndUnknownOrAlteredCodesAreToldApart() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        UserSession auditor = TestFolders.login(core, "zhaomin");
        ApprovalRequestView designFee = byTitle(officer, "老旧小区改造设计费尾款");
        PrintedForm form = core.forms().print(officer, designFee.code(), Locale.SIMPLIFIED_CHINESE);

        FormVerification fresh = core.forms().verify(auditor, form.code().toLowerCase(Locale.ROOT));
        assertThat(fresh.outcome()).isEqualTo(FormVerification.Outcome.MATCHES);
        assertThat(fresh.request().code()).isEqualTo(designFee.code());
        assertThat(fresh.printedBy()).isEqualTo("zhangwei");

        core.approvals().approve(TestFolders.login(core, "lina"), designFee.id(), "已核对发票，同意。");
        FormVerification later = core.forms().verify(auditor, form.code());
        assertThat(later.outcome()).isEqualTo(FormVerification.Outcome.CHANGED_SINCE_PRINTING);
        assertThat(later.actionsNow()).isEqualTo(later.actionsThen() + 1);

        String unknown = form.code().startsWith("0") ? "11111-11111" : "00000-00000";
        assertThat(core.forms().verify(auditor, unknown).outcome()).isEqualTo(FormVerification.Outcome.UNKNOWN_CODE);
        assertThatThrownBy(() -> core.forms().verify(auditor, "ABC")).isInstanceOf(ValidationException.class);

        PrintedForm second = core.forms().print(officer, designFee.code(), Locale.SIMPLIFIED_CHINESE);
        core.database().runInTransaction("tamperer", s -> s.createNativeMutationQuery(
                "UPDATE form_print SET content_digest = '" + "0".repeat(64) + "' WHERE code = '"
                        + second.code().replace("-", "") + "'").executeUpdate());
        assertThat(core.forms().verify(auditor, second.code()).outcome())
                .isEqualTo(FormVerification.Outcome.RECORD_ALTERED);
    }

    @Test
    void nobodyPrintsAFormOfARequestTheyCannotSeeAndNothingIsRecorded() {
        UserSession fieldOfficer = TestFolders.login(core, "sunli");
        ApprovalRequestView payment = byTitle(TestFolders.login(core, "zhangwei"), "老旧小区改造工程第三期进度款");
        long printsBefore = prints();
        assertThatThrownBy(() -> core.forms().print(fieldOfficer, payment.code(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.forms().setSignature(fieldOfficer, "zhangwei", SIGNATURE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.forms().setSignature(fieldOfficer, "sunli", new byte[] {1, 2, 3}))
                .isInstanceOf(ValidationException.class);
        assertThat(prints()).isEqualTo(printsBefore);
    }

    @Test
    void aMissingFontIsNamedWithWhatToInstall() {
        String before = System.getProperty(FormFont.PROPERTY);
        System.setProperty(FormFont.PROPERTY, "/nonexistent/font.ttc");
        try {
            assertThatThrownBy(() -> core.forms().print(TestFolders.login(core, "zhangwei"), "whatever", Locale.CHINA))
                    .isInstanceOf(FormFontMissingException.class).hasMessageContaining("/nonexistent/font.ttc");
        } finally {
            if (before == null) {
                System.clearProperty(FormFont.PROPERTY);
            } else {
                System.setProperty(FormFont.PROPERTY, before);
            }
        }
        assertThat(FormFont.locate(List.of("/nonexistent/a.ttc"))).isEmpty();
    }

    private static long prints() {
        return core.database().read(s -> s.createSelectionQuery("select count(*) from FormPrint", Long.class)
                .getSingleResult());
    }
}
