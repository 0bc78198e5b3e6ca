package cn.projectdesk.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ArchiveServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static ArchiveService archive;
    static UserSession officer;
    static UserSession chief;
    static UserSession auditor;
    static UserSession finance;
    static UserSession otherOfficer;
    static UUID project;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        archive = core.ops().archive();
        officer = TestFolders.login(core, "zhangwei");
        chief = TestFolders.login(core, "lina");
        auditor = TestFolders.login(core, "zhaomin");
        finance = TestFolders.login(core, "chenjing");
        otherOfficer = TestFolders.login(core, "zhouyang");
        project = core.projects().findByCode(officer, "LJ-2026-001").id();
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ArchiveDraft draft(LifecycleStage stage, DocumentType type, String title, String file, AccessLevel access) {
        return new ArchiveDraft(stage, type, title, file, access, null);
    }

    @Test
    void documentsAreNumberedPerProjectStageAndTypeAndStoredByContentHash() throws Exception {
        ArchiveDocumentRow first = archive.add(officer, project, draft(LifecycleStage.IMPLEMENTATION, DocumentType.PROGRESS,
                "十月进度月报", "十月月报.docx", null), text("十月进度"));
        ArchiveDocumentRow second = archive.add(officer, project, draft(LifecycleStage.IMPLEMENTATION, DocumentType.PROGRESS,
                "十一月进度月报", "十一月月报.docx", null), text("十一月进度"));
        ArchiveDocumentRow other = archive.add(finance, project, draft(LifecycleStage.IMPLEMENTATION, DocumentType.CONTRACT,
                "施工合同扫描件", "合同.pdf", AccessLevel.RESTRICTED), text("合同正文"));
        assertThat(first.number()).isEqualTo("LJ-2026-001-SS-JD-001");
        assertThat(second.number()).isEqualTo("LJ-2026-001-SS-JD-002");
        assertThat(other.number()).isEqualTo("LJ-2026-001-SS-HT-001");
        assertThat(first.sha256()).isEqualTo(sha256("十月进度"));
        assertThat(new ContentStore(core.database().folder()).path(first.sha256())).exists();
        try (InputStream in = archive.open(officer, first.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("十月进度");
        }
        assertThat(core.database().changeLog().forEntity(first.id())).hasSize(1);
    }

    @Test
    void aNewVersionKeepsTheNumberAndTheHistory() {
        ArchiveDocumentRow v1 = archive.add(officer, project, draft(LifecycleStage.PROPOSAL, DocumentType.FEASIBILITY,
                "可行性研究报告", "可研报告.pdf", null), text("初稿"));
        ArchiveDocumentRow v2 = archive.addVersion(officer, v1.id(), "可研报告（修订）.pdf", "专家评审后修订", text("修订稿"));
        assertThat(v2.number()).isEqualTo(v1.number());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(archive.history(officer, v2.id())).extracting(ArchiveDocumentRow::versionNo, ArchiveDocumentRow::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(archive.list(officer, project)).filteredOn(r -> r.number().equals(v1.number())).singleElement()
                .extracting(ArchiveDocumentRow::versionNo).isEqualTo(2);
        assertThat(archive.hasDocument(officer, project, LifecycleStage.PROPOSAL, DocumentType.FEASIBILITY)).isTrue();
        assertThat(archive.hasDocument(officer, project, LifecycleStage.PROPOSAL, DocumentType.APPROVAL)).isFalse();
        assertThat(archive.search(officer, "专家评审")).extracting(ArchiveDocumentRow::id).containsExactly(v2.id());
        assertThat(archive.search(officer, "可研报告（修订")).extracting(ArchiveDocumentRow::id).containsExactly(v2.id());
        assertThat(archive.search(officer, "%")).isEmpty();
    }

    @Test
    void restrictedDocumentsAreSeenOnlyByDecidersCheckersAndTheirAuthor() {
        ArchiveDocumentRow secret = archive.add(officer, project, draft(LifecycleStage.PROCUREMENT, DocumentType.PROCUREMENT,
                "评标委员会名单", "评标专家.xlsx", AccessLevel.RESTRICTED), text("专家名单"));
        assertThat(archive.list(officer, project)).extracting(ArchiveDocumentRow::id).contains(secret.id());
        assertThat(archive.list(chief, project)).extracting(ArchiveDocumentRow::id).contains(secret.id());
        assertThat(archive.list(auditor, project)).extracting(ArchiveDocumentRow::id).contains(secret.id());
        assertThat(archive.list(finance, project)).extracting(ArchiveDocumentRow::id).doesNotContain(secret.id());
        assertThatThrownBy(() -> archive.open(finance, secret.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(archive.search(finance, "评标")).isEmpty();
    }

    @Test
    void filingNeedsEditRightsInTheProjectsScope() {
        ArchiveDraft d = draft(LifecycleStage.IMPLEMENTATION, DocumentType.OTHER, "照片", "现场.jpg", null);
        assertThatThrownBy(() -> archive.add(auditor, project, d, text("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> archive.add(otherOfficer, project, d, text("越权内容"))).isInstanceOf(AccessDeniedException.class);
        assertThat(new ContentStore(core.database().folder()).path(sha256Quiet("越权内容"))).doesNotExist();
        assertThatThrownBy(() -> archive.list(otherOfficer, project)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> archive.setMaxFileMb(officer, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\boot.ini", "CON", "con.txt", "PRN.pdf", "AUX", "NUL.docx", "COM1.log",
            "lpt9", "a\u0000b.pdf", "tab\there.pdf", "bad:name.pdf", "what?.pdf", "trailing.", "trailing ", ".", "..",
            "a\u202Efdp.exe"})
    void dangerousNamesAreRefusedBeforeAnythingIsStored(String name) {
        ArchiveDraft d = draft(LifecycleStage.IMPLEMENTATION, DocumentType.OTHER, "危险文件", name, null);
        assertThatThrownBy(() -> archive.add(officer, project, d, text("x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("fileName"));
    }

    @Test
    void ordinaryChineseNamesWithDotsAreAccepted() {
        assertThat(FileNameCheck.problem("2026年第3季度 进度报告.v2.docx")).isEmpty();
        assertThat(FileNameCheck.problem("CONTRACT.pdf")).isEmpty();
        assertThat(FileNameCheck.problem("com10.txt")).isEmpty();
    }

    @Test
    void filesOverTheSizeLimitAreRefused() {
        UserSession admin = TestFolders.login(core, "admin");
        archive.setMaxFileMb(admin, 1);
        try {
            ArchiveDraft d = draft(LifecycleStage.IMPLEMENTATION, DocumentType.OTHER, "大文件", "big.bin", null);
            assertThatThrownBy(() -> archive.add(officer, project, d, new ByteArrayInputStream(new byte[1024 * 1024 + 1])))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("file", "validation.archive.tooLarge"));
            assertThat(archive.search(officer, "大文件")).isEmpty();
        } finally {
            archive.setMaxFileMb(admin, ArchiveService.DEFAULT_MAX_MB);
        }
    }

    @Test
    void theExportHoldsEveryVisibleVersionAndAnIndex() throws Exception {
        UUID other = core.projects().findByCode(officer, "LJ-2026-004").id();
        ArchiveDocumentRow a = archive.add(officer, other, draft(LifecycleStage.PLANNING, DocumentType.PROPOSAL, "项目建议书",
                "建议书.pdf", null), text("建议书正文"));
        archive.addVersion(officer, a.id(), "建议书v2.pdf", null, text("建议书第二稿"));
        archive.add(chief, other, draft(LifecycleStage.PLANNING, DocumentType.OTHER, "内部意见", "意见.txt", AccessLevel.RESTRICTED),
                text("仅领导可见"));
        long auditBefore = core.database().auditLog().head().seq();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThat(archive.exportTo(finance, other, zip)).isEqualTo(2);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactlyInAnyOrder("文件/LJ-2026-004-MH-JYS-001-v1-建议书.pdf",
                "文件/LJ-2026-004-MH-JYS-001-v2-建议书v2.pdf", "index.xlsx");
        assertThat(new String(entries.get("文件/LJ-2026-004-MH-JYS-001-v2-建议书v2.pdf"), StandardCharsets.UTF_8)).isEqualTo("建议书第二稿");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(entries.get("index.xlsx")))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("档案编号");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("谋划");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(2.0);
        }
        assertThat(core.database().auditLog().head().seq()).isEqualTo(auditBefore + 1);
    }

    private static String sha256Quiet(String s) {
        try {
            return sha256(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
