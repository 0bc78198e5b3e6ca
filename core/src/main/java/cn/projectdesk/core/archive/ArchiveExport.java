package cn.projectdesk.core.archive;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A project's whole archive as one zip: every version the user may see under
 * {@code 文件/<number>-v<version>-<file name>} and {@code index.xlsx} listing them (number, stage,
 * type, title, version, size, SHA-256, who filed it and when). The export is on the audit chain.
 */
public final class ArchiveExport {
    static final String FOLDER = "文件/";
    private static final String[] HEADER = {"档案编号", "阶段", "文档类型", "标题", "版本", "当前版本", "文件名", "字节数",
            "SHA-256", "密级", "上传人", "上传时间", "备注", "包内路径"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Map<LifecycleStage, String> STAGE_NAMES = new EnumMap<>(Map.of(
            LifecycleStage.PLANNING, "谋划", LifecycleStage.PROPOSAL, "立项", LifecycleStage.PROCUREMENT, "招采",
            LifecycleStage.IMPLEMENTATION, "实施", LifecycleStage.ACCEPTANCE, "验收", LifecycleStage.EVALUATION, "评价",
            LifecycleStage.OPERATION, "运维", LifecycleStage.ARCHIVED, "归档"));
    private static final Map<DocumentType, String> TYPE_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(DocumentType.PROPOSAL, "项目建议书"), Map.entry(DocumentType.FEASIBILITY, "可行性研究报告"),
            Map.entry(DocumentType.APPROVAL, "批复文件"), Map.entry(DocumentType.PROCUREMENT, "招标采购文件"),
            Map.entry(DocumentType.BID_EVALUATION, "评标报告"), Map.entry(DocumentType.CONTRACT, "合同"),
            Map.entry(DocumentType.CHANGE, "变更文件"), Map.entry(DocumentType.PROGRESS, "进度报告"),
            Map.entry(DocumentType.COMPLETION, "竣工（完工）报告"), Map.entry(DocumentType.ACCEPTANCE, "验收报告"),
            Map.entry(DocumentType.EVALUATION, "绩效评价报告"), Map.entry(DocumentType.OTHER, "其他")));

    private final ArchiveService archive;

    public ArchiveExport(ArchiveService archive) {
        this.archive = archive;
    }

    /** Writes the zip to the stream (not closed) and returns how many document versions it holds. */
    public int export(UserSession user, UUID projectId, OutputStream target) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        var database = archive.database();
        List<ArchiveDocumentRow> rows = database.read(s -> {
            Project p = ArchiveAccess.project(s, user, projectId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from ArchiveDocument where project = :p and deleted = false order by number, versionNo",
                            ArchiveDocument.class).setParameter("p", p).getResultList().stream()
                    .filter(d -> ArchiveAccess.maySee(user, d)).map(ArchiveService::toRow).toList();
        });
        try {
            ZipOutputStream zip = new ZipOutputStream(target);
            for (ArchiveDocumentRow r : rows) {
                zip.putNextEntry(new ZipEntry(pathOf(r)));
                try (InputStream in = archive.store().open(r.sha256())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("index.xlsx"));
            index(rows, zip);
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the archive export could not be written: " + e.getMessage(), e);
        }
        String code = rows.isEmpty() ? projectId.toString() : rows.get(0).projectCode();
        database.runInTransaction(user.username(), s -> database.audit(s, new AuditEvent("ARCHIVE_EXPORT", user.username(),
                "Project", projectId.toString(), null, "{\"project\":\"" + code + "\",\"documents\":" + rows.size() + "}")));
        return rows.size();
    }

    static String pathOf(ArchiveDocumentRow r) {
        return FOLDER + r.number() + "-v" + r.versionNo() + "-" + r.fileName();
    }

    public static String stageName(LifecycleStage stage) {
        return STAGE_NAMES.get(stage);
    }

    public static String typeName(DocumentType type) {
        return TYPE_NAMES.get(type);
    }

    private static void index(List<ArchiveDocumentRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("档案目录");
            Row head = sh.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                head.createCell(c).setCellValue(HEADER[c]);
            }
            int i = 1;
            for (ArchiveDocumentRow r : rows) {
                Row row = sh.createRow(i++);
                row.createCell(0).setCellValue(r.number());
                row.createCell(1).setCellValue(stageName(r.stage()));
                row.createCell(2).setCellValue(typeName(r.type()));
                row.createCell(3).setCellValue(r.title());
                row.createCell(4).setCellValue(r.versionNo());
                row.createCell(5).setCellValue(r.current() ? "是" : "否");
                row.createCell(6).setCellValue(r.fileName());
                row.createCell(7).setCellValue(r.sizeBytes());
                row.createCell(8).setCellValue(r.sha256());
                row.createCell(9).setCellValue(r.access() == AccessLevel.RESTRICTED ? "受限" : "项目内公开");
                row.createCell(10).setCellValue(r.uploadedBy());
                row.createCell(11).setCellValue(TIME.format(r.uploadedAt()));
                row.createCell(12).setCellValue(r.notes() == null ? "" : r.notes());
                row.createCell(13).setCellValue(pathOf(r));
            }
            int[] widths = {26, 6, 14, 30, 6, 8, 30, 10, 66, 10, 10, 16, 30, 50};
            for (int c = 0; c < widths.length; c++) {
                sh.setColumnWidth(c, widths[c] * 256);
            }
            sh.createFreezePane(0, 1);
            // via a buffer: the index is small, and POI may close the stream it writes to
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            wb.write(buffer);
            buffer.writeTo(out);
        }
    }
}
