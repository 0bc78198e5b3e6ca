package cn.projectdesk.core.interop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.budget.AdjustmentStatus;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerImportTest {
    @TempDir
    static Path dir;
    @TempDir
    Path files;
    static CoreServices core;
    static UserSession officer;
    static UUID department;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir.resolve("data"));
        officer = TestFolders.login(core, "zhangwei");
        department = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static String project(String name) {
        return core.projects().create(officer, ProjectDraft.minimal(null, name, ProjectType.LIVELIHOOD, department, 2027)).code();
    }

    private static BigDecimal y(String s) {
        return new BigDecimal(s);
    }

    /** A ledger as offices keep them: everything the issue lists at once. */
    private Path messyLedger() throws IOException {
        try (Xlsx x = new Xlsx()) {
            x.sheet("2027年预算台账")
                    .row(1, "临江市城东社区服务中心改造项目2027年度预算执行台账").merge(1, 1, 0, 10)
                    .row(2, "编制单位：临江市发展和改革局社会发展科", null, null, null, null, null, null, null, "2027年10月31日")
                    .row(3, null, null, null, null, null, null, null, null, null, "单位：万元")
                    // two-row header; the item column first, the source after it; a hidden column with a misleading name
                    .row(4, "序号", "明细项目", "资金来源", "经济科目编码", "科目名称", "预算数", "项目年度", "预算情况", null, "累计支付", "备注")
                    .row(5, null, null, null, null, null, null, null, "批复预算数", "调整数", null, null)
                    .merge(4, 5, 0, 0).merge(4, 5, 1, 1).merge(4, 5, 2, 2).merge(4, 5, 3, 3).merge(4, 5, 4, 4)
                    .merge(4, 5, 5, 5).merge(4, 5, 6, 6).merge(4, 4, 7, 8).merge(4, 5, 9, 9).merge(4, 5, 10, 10)
                    .hide(5)
                    .row(6, "一、财政拨款")
                    .row(7, 1, "主体改造工程", null, "31005", "基础设施建设", "作废", 2027, "1,234.5678", "-34.5678", 600, "含消防")
                    .row(8, 2, "办公家具", null, 31002, "办公设备购置", "作废", "2027年", 12.3, null, "=1.2+3.4", null)
                    .row(9)
                    .row(10, "小计", null, null, null, null, null, null, "=H7+H8", "=I7", "=J7+J8")
                    .row(11, "二、专项债券")
                    .row(12, 3, "室外管网", "专项债券", "31005 基础设施建设", null, "作废", 2027, 800, 0, "—", null)
                    .row(13, 4, "设计费", "上级补助", "30227", "委托业务费", null, null, "  56.78 ", null, null, "省补")
                    .row(14, null, "合计", null, null, null, null, null, "=H10+H12+H13", null, "=J10")
                    .row(16, "填表人：张伟", null, null, "审核人：李娜");
            x.sheet("说明").row(1, "本表数据来源于财政一体化系统。").row(2, "预算数", "不要导入这张表");
            return x.save(files.resolve("ledger.xlsx"));
        }
    }

    @Test
    void theSheetsAreListedForTheChooserAndTheFirstIsTheDefault() throws IOException {
        Path file = messyLedger();
        assertThat(core.ledger().sheets(officer, file)).containsExactly(
                new LedgerSheet("2027年预算台账", false, true), new LedgerSheet("说明", false, false));
        // chosen explicitly, the notes sheet is read, and refused as a ledger (no header), naming the sheet
        String code = project("工作表选择项目");
        assertThatThrownBy(() -> core.ledger().preview(officer, code, file, new LedgerMapping("说明", null, null, null)))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.getMessage()).contains("说明"));
        assertThatThrownBy(() -> core.ledger().sheets(officer, files.resolve("missing.xlsx")))
                .isInstanceOf(LedgerFileException.class);
    }

    @Test
    void aMessyLedgerImportsExactlyAndSkipsTotalsNotesAndBlankRows() throws IOException {
        String code = project("台账导入项目");
        LedgerImportResult result = core.ledger().importLedger(officer, code, messyLedger(), null);
        assertThat(result.issues()).isEmpty();
        assertThat(result.written()).isEqualTo(4);
        LedgerPreview p = result.preview();
        assertThat(p.sheet()).isEqualTo("2027年预算台账");
        assertThat(p.headerFirstRow()).isEqualTo(4);
        assertThat(p.headerLastRow()).isEqualTo(5);
        assertThat(p.unit()).isEqualTo("万元");
        assertThat(p.skippedTotals()).isEqualTo(2);
        assertThat(p.mapping()).extracting(m -> m.field() + "=" + m.column()).contains("ITEM=B", "FUNDING_SOURCE=C",
                "ECONOMIC_CODE=D", "ECONOMIC_NAME=E", "YEAR=G", "APPROVED=H", "ADJUSTMENT=I", "PAID=J", "NOTES=K");
        ProjectBudget b = core.budget().lines().ledgerByCode(officer, code);
        assertThat(b.lines()).extracting(l -> l.fundingSource() + "|" + l.economicCode() + "|" + l.item() + "|"
                        + l.figures().approved() + "|" + l.figures().adjusted() + "|" + l.figures().paid())
                .containsExactly(
                        "FISCAL_APPROPRIATION|31002|办公家具|123000.00|123000.00|46000.00",
                        "FISCAL_APPROPRIATION|31005|主体改造工程|12345678.00|12000000.00|6000000.00",
                        "SPECIAL_BOND|31005|室外管网|8000000.00|8000000.00|0.00",
                        "SUPERIOR_SUBSIDY|30227|设计费|567800.00|567800.00|0.00");
        assertThat(b.total().approved()).isEqualTo(y("21036478.00"));
        assertThat(b.total().adjusted()).isEqualTo(y("20690800.00"));
        BudgetLineRow main = b.lines().get(1);
        assertThat(core.budget().lines().adjustments(officer, main.id())).singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AdjustmentStatus.APPROVED);
                    assertThat(a.delta()).isEqualTo(y("-345678.00"));
                    assertThat(a.reason()).contains("ledger.xlsx").contains("!7");
                });
        // importing the same file again: every line is now a duplicate, nothing more is written
        LedgerImportResult again = core.ledger().importLedger(officer, code, messyLedger(), null);
        assertThat(again.written()).isZero();
        assertThat(again.issues()).extracting(i -> i.row() + ":" + i.messageKey())
                .containsExactly("7:validation.budget.duplicateLine", "8:validation.budget.duplicateLine",
                        "12:validation.budget.duplicateLine", "13:validation.budget.duplicateLine");
        assertThat(core.budget().lines().ledgerByCode(officer, code).lines()).hasSize(4);
    }

    @Test
    void everyBadRowIsReportedWithRowColumnAndReasonAndNothingIsWritten() throws IOException {
        String code = project("坏台账项目");
        Path file;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1")
                    .row(1, "资金来源", "科目编码", "年度", "摘要", "批复金额(元)", "已支付")
                    .row(2, "财政拨款", "30201", 2027, "办公用品", "1,000.00", 0)
                    .row(3, "财政拨款", "30201", 2027, "打印纸", "待定", 0)
                    .row(4, "财政拨款", "30202", 2027, "印刷", -5, 0)
                    .row(5, "财政拨款", "39998", 2027, "未知科目", 100, 0)
                    .row(6, "财政拨款", "30201", 2027, "办公用品", 7, 0)
                    .row(7, "财政拨款", "30203", 2027, "咨询", null, 0)
                    .row(8, null, "30205", 2027, "水费", 10, 0)
                    .row(9, "财政拨款", "30206", "明年", "电费", 10, LocalDate.of(2027, 1, 5))
                    .row(10, "火星拨款", "30207", 2027, "邮电", true, 0);
            file = x.save(files.resolve("bad.xlsx"));
        }
        LedgerImportResult r = core.ledger().importLedger(officer, code, file, null);
        assertThat(r.written()).isZero();
        assertThat(r.issues()).extracting(i -> i.row() + ":" + i.column() + ":" + i.messageKey() + ":" + i.value())
                .containsExactly(
                        "3:E:validation.ledger.notANumber:待定",
                        "9:C:validation.ledger.notAYear:明年",
                        "9:F:validation.ledger.notANumber:2027-01-05",
                        "10:E:validation.ledger.notANumber:true");
        assertThat(core.budget().lines().ledgerByCode(officer, code).lines()).isEmpty();
        // the cell-level problems fixed, the rule-level ones show up, still all or nothing
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1")
                    .row(1, "资金来源", "科目编码", "年度", "摘要", "批复金额(元)", "已支付")
                    .row(2, "财政拨款", "30201", 2027, "办公用品", "1,000.00", 0)
                    .row(4, "财政拨款", "30202", 2027, "印刷", -5, 0)
                    .row(5, "财政拨款", "39998", 2027, "未知科目", 100, 0)
                    .row(6, "财政拨款", "30201", 2027, "办公用品", 7, 0)
                    .row(7, "财政拨款", "30203", 2027, "咨询", null, 0)
                    .row(8, null, "30205", 2027, "水费", 10, 0);
            file = x.save(files.resolve("bad2.xlsx"));
        }
        r = core.ledger().importLedger(officer, code, file, null);
        assertThat(r.issues()).extracting(i -> i.row() + ":" + i.column() + ":" + i.messageKey())
                .containsExactly(
                        "4:E:validation.budget.negativeAmount",
                        "5:B:validation.budget.unknownEconomicCode",
                        "6:D:validation.budget.duplicateLine",
                        "7:E:validation.required",
                        "8:A:validation.required");
        assertThat(core.budget().lines().ledgerByCode(officer, code).lines()).isEmpty();
    }

    @Test
    void theBadRowsCanBeLeftOutAndTheRestImportsAsAWhole() throws IOException {
        String code = project("排除坏行项目");
        Path file;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1")
                    .row(1, "资金来源", "科目编码", "年度", "摘要", "批复金额(元)", "已支付")
                    .row(2, "财政拨款", "30201", 2027, "办公用品", "1,000.00", 0)
                    .row(3, "财政拨款", "30201", 2027, "打印纸", "待定", 0)
                    .row(4, "财政拨款", "30202", 2027, "印刷", -5, 0)
                    .row(5, "财政拨款", "30205", 2027, "水费", "2,500.50", 100)
                    .row(6, "财政拨款", "30201", 2027, "办公用品", 7, 0);
            file = x.save(files.resolve("partly-bad.xlsx"));
        }
        // leaving out only the unreadable row brings the rule-level problems up; nothing is written
        LedgerImportResult r = core.ledger().importLedger(officer, code, file, null, java.util.Set.of(3));
        assertThat(r.written()).isZero();
        assertThat(r.issues()).extracting(RowIssue::row).containsExactly(4, 6);
        assertThat(core.budget().lines().ledgerByCode(officer, code).lines()).isEmpty();

        r = core.ledger().importLedger(officer, code, file, null, java.util.Set.of(3, 4, 6));
        assertThat(r.ok()).isTrue();
        assertThat(r.written()).isEqualTo(2);
        assertThat(core.budget().lines().ledgerByCode(officer, code).total().approved()).isEqualByComparingTo("3500.50");
    }

    @Test
    void filesThatAreNotLedgers() throws IOException {
        String code = project("非台账文件项目");
        Path text = Files.writeString(files.resolve("not.xlsx"), "资金来源,科目编码\n财政拨款,30201\n");
        assertThatThrownBy(() -> core.ledger().importLedger(officer, code, text, null))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.ledger.notXlsx"));
        Path empty = Files.write(files.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> core.ledger().importLedger(officer, code, empty, null))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.ledger.notXlsx"));
        Path blankSheet;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1");
            blankSheet = x.save(files.resolve("blank.xlsx"));
        }
        assertThatThrownBy(() -> core.ledger().importLedger(officer, code, blankSheet, null))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.ledger.emptySheet"));
        Path noHeader;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1").row(1, "姓名", "电话").row(2, "张伟", "123");
            noHeader = x.save(files.resolve("noheader.xlsx"));
        }
        assertThatThrownBy(() -> core.ledger().importLedger(officer, code, noHeader, null))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.ledger.noHeader"));
        Path headerOnly;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Sheet1").row(1, "资金来源", "科目编码", "预算数").row(2, "合计", null, 0);
            headerOnly = x.save(files.resolve("headeronly.xlsx"));
        }
        assertThatThrownBy(() -> core.ledger().importLedger(officer, code, headerOnly, null))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.ledger.noRows"));
        assertThat(core.budget().lines().ledgerByCode(officer, code).lines()).isEmpty();
    }

    @Test
    void unitInTheHeaderAndASavedMappingForOddHeaders() throws IOException {
        String code = project("映射项目");
        Path file;
        try (Xlsx x = new Xlsx()) {
            x.sheet("台账")
                    .row(1, "来源", "编号", "金额甲", "预算数(万元)")
                    .row(2, "财政拨款", "30201", 5, "0.0001")
                    .row(3, "单位自筹", "30299", 7, "123,456.789");
            file = x.save(files.resolve("odd.xlsx"));
        }
        assertThatThrownBy(() -> core.ledger().preview(officer, code, file, null)).isInstanceOf(LedgerFileException.class);
        LedgerMapping mapping = new LedgerMapping("台账", 1, null,
                Map.of("FUNDING_SOURCE", "A", "ECONOMIC_CODE", "B", "APPROVED", "D"));
        Path saved = files.resolve("mapping.json");
        mapping.write(saved);
        LedgerImportResult r = core.ledger().importLedger(officer, code, file, LedgerMapping.read(saved));
        assertThat(r.issues()).isEmpty();
        assertThat(r.preview().unit()).isEqualTo("万元");
        ProjectBudget b = core.budget().lines().ledgerByCode(officer, code);
        assertThat(b.lines()).extracting(l -> l.figures().approved()).containsExactly(y("1.00"), y("1234567890.00"));
        assertThat(b.bySource()).containsOnlyKeys("FISCAL_APPROPRIATION", "SELF_RAISED");
    }

    @Test
    void exportReadsBackWithTheSameFigures() throws IOException {
        String demo = "LJ-" + TestFolders.TODAY.getYear() + "-001";
        Path out = files.resolve("export/ledger-out.xlsx");
        core.ledger().export(officer, demo, out);
        assertThat(out).exists();
        String code = project("导出回读项目");
        LedgerImportResult r = core.ledger().importLedger(officer, code, out, null);
        assertThat(r.issues()).isEmpty();
        assertThat(r.preview().skippedTotals()).isEqualTo(4); // three 小计 and one 合计
        assertThat(r.preview().headerFirstRow()).isEqualTo(3); // not the 编制单位 / 单位：元 row above it
        ProjectBudget original = core.budget().lines().ledgerByCode(officer, demo);
        ProjectBudget copy = core.budget().lines().ledgerByCode(officer, code);
        assertThat(copy.total().approved()).isEqualTo(original.total().approved());
        assertThat(copy.total().adjusted()).isEqualTo(original.total().adjusted());
        assertThat(copy.total().paid()).isEqualTo(original.total().paid());
        assertThat(copy.lines()).hasSameSizeAs(original.lines());
        Path summary = files.resolve("summary.xlsx");
        core.ledger().exportSummary(TestFolders.login(core, "chenjing"), TestFolders.TODAY.getYear(), summary);
        assertThat(summary).exists();
    }

    @Test
    void importNeedsBudgetEditInScope() throws IOException {
        Path file = messyLedger();
        String demo = "LJ-" + TestFolders.TODAY.getYear() + "-001";
        assertThatThrownBy(() -> core.ledger().importLedger(TestFolders.login(core, "zhaomin"), demo, file, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.ledger().importLedger(officer, "DQ-" + TestFolders.TODAY.getYear() + "-001", file, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.budget().lines().ledgerByCode(officer, demo).lines()).hasSize(5);
    }
}
