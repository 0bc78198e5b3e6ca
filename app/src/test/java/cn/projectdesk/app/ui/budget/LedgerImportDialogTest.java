package cn.projectdesk.app.ui.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.interop.ledger.LedgerMapping;
import cn.projectdesk.core.interop.ledger.RowIssue;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Excel import wizard: proposed mapping, preview, row report, import without the bad rows, mapping remembered. */
class LedgerImportDialogTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder.resolve("data"));
        officer = DemoFolder.login(core, "zhangwei");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    /** A small messy ledger: title and unit rows, a 合计 row, a text amount and a negative amount. */
    static Path ledger(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("预算台账");
            sh.createRow(0).createCell(0).setCellValue("社区服务中心改造项目预算台账");
            sh.createRow(1).createCell(4).setCellValue("单位：万元");
            Object[][] rows = {
                {"资金来源", "科目编码", "摘要", "年度", "预算数", "累计支付", "备注"},
                {"财政拨款", "30201", "办公用品", 2027, "1.5", 0.2, null},
                {"财政拨款", "31002", "办公设备", 2027, "待定", 0, null},
                {"专项债券", "31005", "管网改造", 2027, 120.25, 30, "含消防"},
                {"专项债券", "30227", "设计费", 2027, -3, 0, null},
                {"合计", null, null, null, 121.75, 30.2, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void badRowsAreReportedAndTheRestIsImportedWithoutThem() throws Exception {
        ProjectSummary project = core.projects().create(officer, ProjectDraft.minimal(null, "社区服务中心改造",
                ProjectType.LIVELIHOOD, core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id(), 2027));
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.BUDGET);
        BudgetSheetView view = shell.window().budgetView();
        robot.interact(() -> view.model().open(project));
        LedgerImportDialog wizard = WaitForAsyncUtils.asyncFx(view::importDialog).get();
        robot.interact(() -> wizard.dialog().show());
        Path file = ledger(folder.resolve("台账.xlsx"));
        robot.interact(() -> wizard.open(file));

        assertThat(wizard.mappingBoxes().get(cn.projectdesk.core.interop.ledger.LedgerColumn.APPROVED).getValue()).isEqualTo("E");
        assertThat(wizard.mappingBoxes().get(cn.projectdesk.core.interop.ledger.LedgerColumn.ITEM).getValue()).isEqualTo("C");
        // the negative amount reads as a number; the budget rules refuse it when row 5 is out of the way
        assertThat(wizard.previewTable().getItems()).hasSize(3);
        assertThat(wizard.issuesTable().getItems()).extracting(RowIssue::row, RowIssue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "E"));
        assertThat(robot.lookup("#ledger-import-all").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#ledger-import-good").queryButton().isDisabled()).isFalse();
        Screenshots.save(wizard.dialog().getDialogPane().getScene(), "ledger-import-zh");

        robot.clickOn("#ledger-import-good");
        WaitForAsyncUtils.waitForFxEvents();
        // the rule-level problem (negative amount in row 7) shows up once row 5 is left out: nothing written yet
        assertThat(core.budget().lines().ledger(officer, project.id()).lines()).isEmpty();
        assertThat(wizard.issuesTable().getItems()).extracting(RowIssue::row).contains(7);
        robot.clickOn("#ledger-import-good");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.budget().lines().ledger(officer, project.id()).lines()).extracting(BudgetLineRow::item)
                .containsExactlyInAnyOrder("办公用品", "管网改造");
        assertThat(core.budget().lines().ledger(officer, project.id()).total().approved()).isEqualByComparingTo("1217500.00");
        assertThat(robot.lookup("#ledger-message").queryLabeled().getText()).startsWith("已导入 2 条明细");
        assertThat(view.table().getItems().stream().filter(SheetRow::isLine)).hasSize(2);
        Path remembered = LedgerImportDialog.rememberedMapping(shell.context());
        assertThat(LedgerMapping.read(remembered).columns()).containsEntry("APPROVED", "E");
        robot.interact(() -> wizard.dialog().close());
    }

    @Test
    void anEditedMappingIsUsedWhenReadingAgain() throws Exception {
        ProjectSummary project = core.projects().create(officer, ProjectDraft.minimal(null, "改列对应项目",
                ProjectType.LIVELIHOOD, core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id(), 2027));
        Shell shell = Shell.open(core, officer, Language.ENGLISH, Section.BUDGET);
        BudgetSheetView view = shell.window().budgetView();
        robot.interact(() -> view.model().open(project));
        LedgerImportDialog wizard = WaitForAsyncUtils.asyncFx(view::importDialog).get();
        robot.interact(() -> wizard.dialog().show());
        Path file = ledger(folder.resolve("ledger2.xlsx"));
        robot.interact(() -> wizard.open(file));
        // take the paid column (F) as the approved amount: row 5 reads fine now
        robot.interact(() -> {
            wizard.mappingBoxes().get(cn.projectdesk.core.interop.ledger.LedgerColumn.APPROVED).setValue("F");
            wizard.mappingBoxes().get(cn.projectdesk.core.interop.ledger.LedgerColumn.PAID).setValue(LedgerImportDialog.NONE);
        });
        robot.clickOn("#ledger-reread");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.previewTable().getItems()).hasSize(4);
        Screenshots.save(wizard.dialog().getDialogPane().getScene(), "ledger-import-en");
        robot.interact(() -> wizard.dialog().close());
    }

    /** 说明 first, then two ledgers: the wizard lists all three and reads the one the user picks. */
    static Path workbookWithSheets(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本台账由财务科按月更新，请勿修改公式。");
            Object[][][] ledgers = {
                {{"资金来源", "科目编码", "摘要", "年度", "批复金额"}, {"财政拨款", "30201", "办公用品", 2027, 1500}},
                {{"资金来源", "科目编码", "摘要", "年度", "批复金额"}, {"财政拨款", "30211", "差旅费", 2026, 800},
                    {"上级补助", "30227", "评审费", 2026, 2000}}};
            String[] names = {"2027年台账", "2026年台账"};
            for (int k = 0; k < ledgers.length; k++) {
                Sheet sh = wb.createSheet(names[k]);
                for (int r = 0; r < ledgers[k].length; r++) {
                    Row row = sh.createRow(r);
                    for (int c = 0; c < ledgers[k][r].length; c++) {
                        Object v = ledgers[k][r][c];
                        if (v instanceof String str) {
                            row.createCell(c).setCellValue(str);
                        } else {
                            row.createCell(c).setCellValue(((Number) v).doubleValue());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void theSheetChooserListsEverySheetAndReadsThePickedOne() throws Exception {
        ProjectSummary project = core.projects().create(officer, ProjectDraft.minimal(null, "多工作表台账项目",
                ProjectType.LIVELIHOOD, core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id(), 2027));
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.BUDGET);
        BudgetSheetView view = shell.window().budgetView();
        robot.interact(() -> view.model().open(project));
        LedgerImportDialog wizard = WaitForAsyncUtils.asyncFx(view::importDialog).get();
        robot.interact(() -> wizard.dialog().show());
        Path file = workbookWithSheets(folder.resolve("多表台账.xlsx"));
        robot.interact(() -> wizard.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        // every sheet is offered; the first (说明) is the default, is no ledger, and nothing can be imported
        assertThat(wizard.sheetChooser().getItems()).extracting(s -> s.name()).containsExactly("说明", "2027年台账", "2026年台账");
        assertThat(wizard.sheetChooser().getValue().name()).isEqualTo("说明");
        assertThat(robot.lookup("#ledger-message").queryLabeled().getText()).contains("说明");
        assertThat(robot.lookup("#ledger-import-all").queryButton().isDisabled()).isTrue();
        robot.interact(() -> wizard.chooseSheet("2026年台账"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.previewTable().getItems()).extracting(r -> r.draft().item()).containsExactly("差旅费", "评审费");
        assertThat(robot.lookup("#ledger-summary").queryLabeled().getText()).contains("2026年台账");
        Screenshots.save(wizard.dialog().getDialogPane().getScene(), "ledger-import-sheets-zh");
        robot.clickOn("#ledger-import-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.budget().lines().ledger(officer, project.id()).lines()).extracting(BudgetLineRow::item)
                .containsExactlyInAnyOrder("差旅费", "评审费");
        robot.interact(() -> wizard.dialog().close());
    }
}
