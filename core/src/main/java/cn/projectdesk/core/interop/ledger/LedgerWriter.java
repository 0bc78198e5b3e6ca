package cn.projectdesk.core.interop.ledger;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.DepartmentYearFigures;
import cn.projectdesk.core.budget.ProjectBudget;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes ledgers as Excel users expect them: a title row, 编制单位 and 单位：元, a frozen header, lines grouped
 * by funding source with 小计 rows, a 合计 row, balances and execution rates as formulas (cached values
 * computed, so other programs see them too), amounts formatted #,##0.00, cells over the threshold in red.
 * The file reads back through {@link LedgerReader}.
 */
final class LedgerWriter {
    private static final String[] HEADER = {"序号", "资金来源", "经济分类科目编码", "科目名称", "年度", "明细", "批复金额",
            "调整后预算数", "已签合同金额", "累计支付", "余额", "执行率", "备注"};

    private LedgerWriter() {
    }

    static void write(ProjectBudget b, List<ContractRow> contracts, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sh = wb.createSheet("预算台账");
            title(sh, st, b.projectName() + "（" + b.projectCode() + "）预算执行台账", HEADER.length);
            Row unitRow = sh.createRow(1);
            unitRow.createCell(0).setCellValue("编制单位：" + b.departmentName());
            unitRow.createCell(HEADER.length - 2).setCellValue("单位：元");
            header(sh, st, 2, HEADER);
            int r = 3;
            int seq = 1;
            List<Integer> subtotalRows = new ArrayList<>();
            Map<String, List<BudgetLineRow>> groups = new LinkedHashMap<>();
            b.lines().forEach(l -> groups.computeIfAbsent(l.fundingSource(), k -> new ArrayList<>()).add(l));
            for (List<BudgetLineRow> group : groups.values()) {
                int first = r;
                for (BudgetLineRow l : group) {
                    Row row = sh.createRow(r);
                    row.createCell(0).setCellValue(seq++);
                    row.createCell(1).setCellValue(l.fundingSourceName());
                    row.createCell(2).setCellValue(l.economicCode());
                    row.createCell(3).setCellValue(l.economicName());
                    row.createCell(4).setCellValue(l.year());
                    row.createCell(5).setCellValue(l.item() == null ? "" : l.item());
                    BudgetFigures f = l.figures();
                    boolean over = !l.warnings().isEmpty();
                    money(row, 6, f.approved(), st.money);
                    money(row, 7, f.adjusted(), st.money);
                    money(row, 8, f.committed(), over ? st.moneyRed : st.money);
                    money(row, 9, f.paid(), over ? st.moneyRed : st.money);
                    formulas(row, r, st);
                    row.createCell(12).setCellValue(l.notes() == null ? "" : l.notes());
                    r++;
                }
                Row sub = sh.createRow(r);
                sub.createCell(1).setCellValue("小计（" + group.get(0).fundingSourceName() + "）");
                for (int c = 6; c <= 9; c++) {
                    String col = LedgerReader.letter(c);
                    sub.createCell(c).setCellFormula("SUM(" + col + (first + 1) + ":" + col + r + ")");
                    sub.getCell(c).setCellStyle(st.moneyBold);
                }
                formulas(sub, r, st);
                subtotalRows.add(r + 1);
                r++;
            }
            Row total = sh.createRow(r);
            total.createCell(1).setCellValue("合计");
            for (int c = 6; c <= 9; c++) {
                String col = LedgerReader.letter(c);
                StringBuilder f = new StringBuilder();
                for (int s : subtotalRows) {
                    f.append(f.length() == 0 ? "" : "+").append(col).append(s);
                }
                total.createCell(c).setCellFormula(f.length() == 0 ? "0" : f.toString());
                total.getCell(c).setCellStyle(st.moneyBold);
            }
            formulas(total, r, st);
            r += 2;
            Row warn = sh.createRow(r);
            warn.createCell(0).setCellValue("预警阈值：" + b.thresholdPercent().stripTrailingZeros().toPlainString()
                    + "%；预警 " + b.warnings().size() + " 项");
            for (var w : b.warnings()) {
                sh.createRow(++r).createCell(0).setCellValue("【" + w.kind() + "】" + w.subject() + "：上限 " + w.limit()
                        + "，实际 " + w.actual() + (w.percentOver() == null ? "" : "，超出 " + w.percentOver() + "%"));
            }
            widths(sh, 6, 10, 16, 22, 8, 24, 16, 16, 16, 16, 16, 10, 24);
            sh.createFreezePane(0, 3);
            contracts(wb, st, b, contracts);
            save(wb, file);
        }
    }

    private static void contracts(XSSFWorkbook wb, Styles st, ProjectBudget b, List<ContractRow> contracts) {
        XSSFSheet sh = wb.createSheet("合同");
        String[] head = {"合同编号", "合同名称", "采购方式", "供应商", "统一社会信用代码", "签订日期", "合同金额",
                "含补充合同金额", "已支付", "计划支付", "补充合同占比", "超过10%", "原合同", "质保期至"};
        title(sh, st, b.projectName() + " 合同及支付", head.length);
        header(sh, st, 2, head);
        Map<java.util.UUID, String> numbers = new LinkedHashMap<>();
        contracts.forEach(c -> numbers.put(c.id(), c.contractNo()));
        int r = 3;
        for (ContractRow c : contracts) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(c.contractNo());
            row.createCell(1).setCellValue(c.title());
            row.createCell(2).setCellValue(c.method().name());
            row.createCell(3).setCellValue(c.supplierName());
            row.createCell(4).setCellValue(c.supplierCreditCode());
            date(row, 5, c.signingDate(), st);
            money(row, 6, c.amount(), st.money);
            money(row, 7, c.ceiling(), st.money);
            money(row, 8, c.paid(), st.money);
            money(row, 9, c.planned(), st.money);
            if (c.supplementaryPercent() != null) {
                row.createCell(10).setCellValue(c.supplementaryPercent().doubleValue() / 100);
                row.getCell(10).setCellStyle(st.percent);
            }
            row.createCell(11).setCellValue(c.supplementaryOverLimit() ? "是" : "");
            row.createCell(12).setCellValue(c.originalId() == null ? "" : numbers.getOrDefault(c.originalId(), ""));
            date(row, 13, c.warrantyEnd(), st);
        }
        if (!contracts.isEmpty()) {
            Row total = sh.createRow(r);
            total.createCell(0).setCellValue("合计");
            for (int c : new int[] {6, 8, 9}) {
                String col = LedgerReader.letter(c);
                total.createCell(c).setCellFormula("SUM(" + col + "4:" + col + r + ")");
                total.getCell(c).setCellStyle(st.moneyBold);
            }
        }
        widths(sh, 22, 30, 14, 28, 22, 12, 16, 16, 16, 16, 10, 8, 22, 12);
        sh.createFreezePane(0, 3);
    }

    static void writeSummary(List<DepartmentYearFigures> rows, Integer year, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet sh = wb.createSheet("科室年度汇总");
            String[] head = {"科室代码", "科室", "年度", "项目数", "明细数", "批复金额", "调整后预算数", "已签合同金额",
                    "累计支付", "余额", "执行率"};
            title(sh, st, (year == null ? "" : year + "年度") + "预算执行情况汇总表", head.length);
            sh.createRow(1).createCell(head.length - 2).setCellValue("单位：元");
            header(sh, st, 2, head);
            int r = 3;
            for (DepartmentYearFigures d : rows) {
                Row row = sh.createRow(r);
                row.createCell(0).setCellValue(d.departmentCode());
                row.createCell(1).setCellValue(d.departmentName());
                row.createCell(2).setCellValue(d.year());
                row.createCell(3).setCellValue(d.projects());
                row.createCell(4).setCellValue(d.lines());
                money(row, 5, d.figures().approved(), st.money);
                money(row, 6, d.figures().adjusted(), st.money);
                money(row, 7, d.figures().committed(), st.money);
                money(row, 8, d.figures().paid(), st.money);
                row.createCell(9).setCellFormula("G" + (r + 1) + "-I" + (r + 1));
                row.getCell(9).setCellStyle(st.money);
                row.createCell(10).setCellFormula("IF(G" + (r + 1) + "=0,\"\",I" + (r + 1) + "/G" + (r + 1) + ")");
                row.getCell(10).setCellStyle(st.percent);
                r++;
            }
            Row total = sh.createRow(r);
            total.createCell(1).setCellValue("合计");
            for (int c = 3; c <= 9; c++) {
                String col = LedgerReader.letter(c);
                total.createCell(c).setCellFormula(rows.isEmpty() ? "0" : "SUM(" + col + "4:" + col + r + ")");
                total.getCell(c).setCellStyle(c >= 5 ? st.moneyBold : st.bold);
            }
            total.createCell(10).setCellFormula("IF(G" + (r + 1) + "=0,\"\",I" + (r + 1) + "/G" + (r + 1) + ")");
            total.getCell(10).setCellStyle(st.percent);
            widths(sh, 12, 20, 8, 8, 8, 16, 16, 16, 16, 16, 10);
            sh.createFreezePane(0, 3);
            save(wb, file);
        }
    }

    private static void formulas(Row row, int r, Styles st) {
        int n = r + 1;
        row.createCell(10).setCellFormula("H" + n + "-J" + n);
        row.getCell(10).setCellStyle(st.money);
        row.createCell(11).setCellFormula("IF(H" + n + "=0,\"\",J" + n + "/H" + n + ")");
        row.getCell(11).setCellStyle(st.percent);
    }

    private static void title(XSSFSheet sh, Styles st, String text, int columns) {
        Row row = sh.createRow(0);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void header(XSSFSheet sh, Styles st, int r, String[] names) {
        Row row = sh.createRow(r);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(st.header);
        }
    }

    private static void money(Row row, int c, BigDecimal v, CellStyle style) {
        // POI stores numbers as doubles; amounts up to 10^13 yuan keep their cents exactly in a double
        row.createCell(c).setCellValue(v.doubleValue());
        row.getCell(c).setCellStyle(style);
    }

    private static void date(Row row, int c, LocalDate d, Styles st) {
        if (d != null) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(st.date);
        }
    }

    private static void widths(XSSFSheet sh, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sh.setColumnWidth(i, chars[i] * 256 + 512);
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".export", ".xlsx");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static final class Styles {
        final CellStyle money;
        final CellStyle moneyRed;
        final CellStyle moneyBold;
        final CellStyle percent;
        final CellStyle header;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            short fmt = wb.createDataFormat().getFormat("#,##0.00");
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            money = wb.createCellStyle();
            money.setDataFormat(fmt);
            moneyRed = wb.createCellStyle();
            moneyRed.cloneStyleFrom(money);
            moneyRed.setFont(red);
            moneyBold = wb.createCellStyle();
            moneyBold.cloneStyleFrom(money);
            moneyBold.setFont(boldFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
        }
    }
}
