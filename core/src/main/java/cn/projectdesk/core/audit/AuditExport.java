package cn.projectdesk.core.audit;

import cn.projectdesk.core.store.AuditRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Audit entries as an Excel sheet for auditors (one row per entry, with both hashes for checking). */
final class AuditExport {
    private static final String[] HEADER = {"序号 seq", "时间 time", "用户 user", "节点 node", "操作 action",
        "对象 entity", "对象ID entity id", "修改前 before", "修改后 after", "前一哈希 prev_hash", "哈希 hash"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** Excel's limit for one cell's text. */
    private static final int CELL_LIMIT = 32_767;

    private AuditExport() {
    }

    static void write(List<AuditRecord> entries, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("审计日志");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (AuditRecord e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.seq());
                row.createCell(1).setCellValue(TIME.format(e.recordedAt()));
                String[] texts = {e.actor(), e.nodeId(), e.action(), e.entityType(), e.entityId(), e.before(), e.after(),
                    e.prevHash(), e.hash()};
                for (int i = 0; i < texts.length; i++) {
                    String t = texts[i] == null ? "" : texts[i];
                    row.createCell(i + 2).setCellValue(t.length() > CELL_LIMIT ? t.substring(0, CELL_LIMIT) : t);
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {8, 20, 12, 14, 18, 18, 38, 40, 40, 20, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
        }
    }
}
