package cn.projectdesk.core.bench;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.interop.ledger.LedgerImportResult;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports a generated 100,000-row budget ledger (target ≤ 10 s) into a fresh demo data folder per run:
 * reading and checking the sheet, then writing every line through the change capture and audit chain.
 * Not a unit test. Usage: LedgerImportBenchmark [rows] [runs]. Writes target/bench/ledger-import-N.json.
 */
public final class LedgerImportBenchmark {
    private static final String[] SOURCES = {"财政拨款", "专项债券", "上级补助", "单位自筹"};
    private static final String[] CODES = {"30201", "30202", "30203", "30205", "30206", "30207", "30211", "30213",
            "30226", "30227", "31002", "31003", "31005", "31007"};

    private LedgerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = BenchFolder.temporary("ledger-bench");
        Path file = work.resolve("ledger.xlsx");
        long g0 = System.nanoTime();
        write(file, rows);
        double generate = (System.nanoTime() - g0) / 1e9;
        double[] total = new double[runs];
        double[] check = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int written = 0;
        for (int run = 0; run < runs; run++) {
            try (CoreServices core = TestFolders.demo(work.resolve("data-" + run))) {
                UserSession officer = TestFolders.login(core, "zhangwei");
                UUID dept = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
                String code = core.projects().create(officer,
                        ProjectDraft.minimal(null, "台账基准项目", ProjectType.OTHER, dept, 2027)).code();
                long c0 = System.nanoTime();
                LedgerImportResult dry = core.ledger().preview(officer, code, file, null);
                check[run] = (System.nanoTime() - c0) / 1e9;
                if (!dry.ok()) {
                    throw new IllegalStateException("benchmark ledger has problems: " + dry.issues().subList(0, 5));
                }
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                LedgerImportResult r = core.ledger().importLedger(officer, code, file, null);
                total[run] = (System.nanoTime() - t0) / 1e9;
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (!r.ok() || r.written() != rows) {
                    throw new IllegalStateException("import failed: " + r.issues().size() + " issues, " + r.written() + " written");
                }
                written = r.written();
                System.out.printf("run %d: read+check %.2f s, import (read, check, write) %.2f s, %.2f s CPU; load average %.1f%n",
                        run + 1, check[run], total[run], cpu[run],
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        double median = BenchReport.median(total);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("rows", written);
        extras.put("target", "<= 10 s for 100,000 rows");
        extras.put("runs", total);
        extras.put("readAndCheckMedianSeconds", BenchReport.median(check));
        extras.put("importCpuSecondsMedian", BenchReport.median(cpu));
        extras.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        extras.put("fileBytes", Files.size(file));
        extras.put("generateSeconds", generate);
        Path out = BenchReport.write("ledger-import-" + written, median, "s", extras);
        System.out.printf("ledger import %,d rows: median %.2f s (read+check %.2f s) -> %s%n", written, median,
                BenchReport.median(check), out);
    }

    /** A realistic ledger: title, 编制单位 and 单位 rows, a header, amounts as numbers, text and formulas, a 合计 row. */
    static void write(Path file, int rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("预算台账");
            sh.createRow(0).createCell(0).setCellValue("基准项目预算执行台账");
            sh.createRow(1).createCell(0).setCellValue("编制单位：临江市发展和改革局");
            sh.getRow(1).createCell(6).setCellValue("单位：元");
            String[] head = {"序号", "资金来源", "经济分类科目编码", "年度", "明细", "批复金额", "调整数", "累计支付", "备注"};
            Row h = sh.createRow(2);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = sh.createRow(3 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(SOURCES[i % SOURCES.length]);
                r.createCell(2).setCellValue(CODES[(i / SOURCES.length) % CODES.length]);
                r.createCell(3).setCellValue(2027);
                r.createCell(4).setCellValue("明细" + i);
                if (i % 3 == 0) {
                    r.createCell(5).setCellValue(String.format("%,d.%02d", 10_000 + i, i % 100));
                } else {
                    r.createCell(5).setCellValue(10_000 + i + (i % 100) / 100.0);
                }
                if (i % 10 == 0) {
                    r.createCell(6).setCellValue(-100);
                }
                r.createCell(7).setCellValue(1_000 + (i % 500));
                if (i % 7 == 0) {
                    r.createCell(8).setCellValue("备注" + i);
                }
            }
            Row total = sh.createRow(3 + rows);
            total.createCell(1).setCellValue("合计");
            total.createCell(5).setCellFormula("SUM(F4:F" + (3 + rows) + ")");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
