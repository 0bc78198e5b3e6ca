package cn.projectdesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditRecord;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditors' filters over the chain and the Excel export (itself audited). */
class AuditSearchTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession auditor;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        auditor = TestFolders.login(core, "zhaomin");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void filtersByUserActionProjectAndDay() {
        List<AuditRecord> logins = core.audit().entries(auditor, new AuditFilter(null, null, "zhaomin", null, "LOGIN_OK"));
        assertThat(logins).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("zhaomin");
            assertThat(e.action()).isEqualTo("LOGIN_OK");
        });
        List<AuditRecord> all = core.audit().entries(auditor, AuditFilter.all());
        assertThat(all).hasSizeGreaterThan(logins.size());
        assertThat(all.get(0).seq()).isGreaterThan(all.get(all.size() - 1).seq()); // newest first

        List<AuditRecord> project = core.audit().entries(auditor, new AuditFilter(null, null, null, "LJ-2026-001", null));
        assertThat(project).isNotEmpty().hasSizeLessThan(all.size());

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(core.audit().entries(auditor, new AuditFilter(today.minusDays(1), today.plusDays(1), null, null, null)))
                .isNotEmpty();
        assertThat(core.audit().entries(auditor, new AuditFilter(today.plusDays(2), today.plusDays(3), null, null, null)))
                .isEmpty();
    }

    @Test
    void exportWritesOneRowPerEntryAndIsItselfAudited() throws Exception {
        Path file = dir.resolve("audit.xlsx");
        AuditFilter exports = new AuditFilter(null, null, "zhaomin", null, AuditService.EXPORT_ACTION);
        int exportsBefore = core.audit().entries(auditor, exports).size();
        AuditFilter logins = new AuditFilter(null, null, null, null, "LOGIN_OK");
        int expected = core.audit().entries(auditor, logins).size();
        int written = core.audit().export(auditor, logins, file);
        assertThat(written).isEqualTo(expected);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(expected);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("LOGIN_OK");
        }
        assertThat(core.audit().entries(auditor, exports)).hasSize(exportsBefore + 1);
        assertThatThrownBy(() -> core.audit().entries(TestFolders.login(core, "zhangwei"), AuditFilter.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.audit().verify(auditor).intact()).isTrue();
    }

    @Test
    void pdfExportIsALandscapeListHeadedWithTheFilterAndTheChainVerdict() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(cn.projectdesk.core.report.FormFont.find().isPresent(),
                "a CJK font (fonts-wqy-microhei) is installed");
        AuditFilter project = new AuditFilter(null, null, null, "LJ-2026-001", null);
        int expected = core.audit().entries(auditor, project).size();
        Path zh = dir.resolve("审计日志.pdf");
        assertThat(core.audit().export(auditor, project, zh, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(zh.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("审计日志", "筛选：项目 LJ-2026-001", "审计链完整", "序号", "内容（修改前 → 修改后）",
                    "第 1 页");
            assertThat(text).contains(core.audit().entries(auditor, project).get(0).hash().substring(0, 16));
        }
        Path en = dir.resolve("audit.pdf");
        core.audit().export(auditor, new AuditFilter(null, null, "nobody-at-all", null, null), en, java.util.Locale.ENGLISH);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(en.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Audit log", "Filter: user nobody-at-all", "Audit chain intact",
                    "No entries match the filter", "Page 1 of 1");
        }
        Path refused = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> core.audit().export(TestFolders.login(core, "zhangwei"), project, refused,
                java.util.Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(refused).doesNotExist();
    }
}
