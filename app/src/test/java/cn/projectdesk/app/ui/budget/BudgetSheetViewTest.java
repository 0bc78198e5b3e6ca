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
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The budget sheet as a finance officer uses it: read the groups, edit from the keyboard, paste from Excel, undo. */
class BudgetSheetViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;
    static ProjectSummary project;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "zhangwei");
        project = core.projects().list(officer).stream().filter(p -> p.code().endsWith("-001") && p.code().startsWith("LJ-"))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private Shell open(Language language) throws Exception {
        Shell shell = Shell.open(core, officer, language, Section.BUDGET);
        BudgetSheetView view = shell.window().budgetView();
        robot.interact(() -> view.model().open(project));
        WaitForAsyncUtils.waitForFxEvents();
        return shell;
    }

    private static ProjectBudget ledger() {
        return core.budget().lines().ledger(officer, project.id());
    }

    @Test
    void linesAreGroupedWithSubtotalsAndTheOverspentLineIsRed() throws Exception {
        Shell shell = open(Language.CHINESE);
        TableView<SheetRow> table = robot.lookup("#budget-sheet").query();
        List<SheetRow> rows = table.getItems();
        ProjectBudget ledger = ledger();
        assertThat(rows.stream().filter(SheetRow::isLine)).hasSize(ledger.lines().size());
        SheetRow total = rows.get(rows.size() - 1);
        assertThat(total.kind()).isEqualTo(SheetRow.Kind.TOTAL);
        assertThat(total.label()).isEqualTo("合计");
        assertThat(total.figures().approved()).isEqualByComparingTo(ledger.total().approved());
        assertThat(total.figures().paid()).isEqualByComparingTo(ledger.total().paid());
        // one subtotal per funding source; sources of the demo project: 财政拨款, 专项债券, 上级补助
        assertThat(rows.stream().filter(r -> r.kind() == SheetRow.Kind.SOURCE_SUBTOTAL).map(SheetRow::label))
                .containsExactly("小计 财政拨款", "小计 专项债券", "小计 上级补助");
        assertThat(rows.stream().filter(r -> r.kind() == SheetRow.Kind.CLASS_SUBTOTAL).map(SheetRow::label))
                .contains("小计 302 商品和服务支出", "小计 310 资本性支出");
        // 设计及监理: contracts 2.7 million on a 2.4 million line, 12.5 % over the 10 % threshold
        SheetRow design = rows.stream().filter(r -> r.isLine() && "设计及监理".equals(r.line().item())).findFirst().orElseThrow();
        assertThat(design.committedOver()).isTrue();
        assertThat(robot.lookup(".sheet-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(SheetCell.OVER))).as("red cells on screen").isNotEmpty();
        assertThat(robot.lookup("#budget-warnings").queryLabeled().getText()).contains("设计及监理").contains("12.5");
        Screenshots.save(shell.scene(), "budget-sheet-zh");
        // at 1280 px every figure up to the execution rate is in view without scrolling
        assertThat(rightEdgeOf(table, 11)).isLessThanOrEqualTo(table.getWidth());

        robot.interact(() -> shell.window().budgetView().model().filterProperty().set("监理"));
        assertThat(table.getItems().stream().filter(SheetRow::isLine).map(r -> r.line().item()))
                .containsExactlyInAnyOrder("设计及监理");
        robot.interact(() -> shell.window().budgetView().model().filterProperty().set(""));

        robot.interact(() -> shell.window().budgetView().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> summary = robot.lookup("#budget-summary").query();
        // zhangwei sees his section's projects: one department and year, and the total row
        assertThat(summary.getItems()).hasSizeGreaterThanOrEqualTo(2);
        var totalRow = (DepartmentSummaryPane.Row) summary.getItems().get(summary.getItems().size() - 1);
        assertThat(totalRow.total()).isTrue();
        assertThat(totalRow.figures().paid()).isEqualByComparingTo(core.budget().lines().departmentSummary(officer, null).stream()
                .map(f -> f.figures().paid()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Screenshots.save(shell.scene(), "budget-summary-zh");
        Path out = folder.resolve("summary.xlsx");
        robot.interact(() -> shell.window().budgetView().summary().exportTo(out));
        assertThat(out).exists();
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    @Test
    void aCellIsEditedFromTheKeyboardAndUndone() throws Exception {
        Shell shell = open(Language.CHINESE);
        TableView<SheetRow> table = robot.lookup("#budget-sheet").query();
        BudgetLineRow audit = line("结算审计");
        focus(table, "结算审计", SheetColumn.APPROVED);
        // F2 as Excel has it (fired directly: the headless robot has no F2 key), then Escape
        robot.interact(() -> table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F2, false, false, false, false)));
        assertThat(table.getEditingCell()).isNotNull();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getEditingCell()).isNull();
        robot.type(KeyCode.ENTER);
        assertThat(table.getEditingCell()).isNotNull();
        robot.write("650,000.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("650000.50");
        assertThat(table.getFocusModel().getFocusedCell().getRow()).as("focus stays on the edited row")
                .isEqualTo(index(table, "结算审计"));

        // Tab commits and moves on; a text in an amount is refused and changes nothing
        assertThat(shell.scene().getFocusOwner()).as("the keyboard stays in the sheet").isSameAs(table);
        robot.type(KeyCode.ENTER);
        robot.write("abc").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#budget-message").queryLabeled().getText()).contains("abc");
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("650000.50");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo(audit.figures().approved());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("650000.50");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("600000.00");
    }

    @Test
    void aRangeIsCopiedAsTsvAndARangeFromExcelIsPastedInOneUndoableStep() throws Exception {
        open(Language.ENGLISH);
        TableView<SheetRow> table = robot.lookup("#budget-sheet").query();
        int first = index(table, "结算审计");
        TableColumn<SheetRow, ?> code = column(table, SheetColumn.CODE);
        TableColumn<SheetRow, ?> approved = column(table, SheetColumn.APPROVED);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(first, code, first + 1, approved);
            table.getFocusModel().focus(first, code);
            table.requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        SheetRow a = table.getItems().get(first);
        SheetRow b = table.getItems().get(first + 1);
        assertThat(copied).isEqualTo(a.line().economicCode() + "\t" + a.line().economicName() + "\t" + a.line().year() + "\t"
                + a.line().item() + "\t600000.00\n" + b.line().economicCode() + "\t" + b.line().economicName() + "\t"
                + b.line().year() + "\t" + b.line().item() + "\t" + b.line().figures().approved().toPlainString() + "\n");

        // Excel's clipboard: numbers with separators, CRLF, a trailing line break
        String item = b.line().item();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("610,000.00\r\n190000\r\n");
            Clipboard.getSystemClipboard().setContent(content);
            table.getSelectionModel().clearAndSelect(first, approved);
            table.getFocusModel().focus(first, approved);
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("610000");
        assertThat(line(item).figures().approved()).isEqualByComparingTo("190000");
        assertThat(robot.lookup("#budget-message").queryLabeled().getText()).startsWith("Pasted into 2 line(s)");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("600000");
        assertThat(line(item).figures().approved()).isEqualByComparingTo(b.line().figures().approved());

        // a bad cell anywhere in the range: nothing is pasted
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\nlots\n");
            Clipboard.getSystemClipboard().setContent(content);
            table.getSelectionModel().clearAndSelect(first, approved);
            table.getFocusModel().focus(first, approved);
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line("结算审计").figures().approved()).isEqualByComparingTo("600000");
        assertThat(robot.lookup("#budget-message").queryLabeled().getText()).contains("lots");
    }

    @Test
    void sheetInEnglish() throws Exception {
        Shell shell = open(Language.ENGLISH);
        TableView<SheetRow> table = robot.lookup("#budget-sheet").query();
        assertThat(table.getItems().get(table.getItems().size() - 1).label()).isEqualTo("Total");
        assertThat(robot.lookup("#budget-add").queryButton().getText()).isEqualTo("Add line");
        Screenshots.save(shell.scene(), "budget-sheet-en");
        Path out = folder.resolve("ledger.xlsx");
        robot.interact(() -> shell.window().budgetView().exportTo(out));
        assertThat(out).exists();
    }

    @Test
    void addAndDeleteALineAreUndoable() throws Exception {
        open(Language.CHINESE);
        int before = ledger().lines().size();
        robot.clickOn("#budget-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger().lines()).hasSize(before + 1);
        TableView<SheetRow> table = robot.lookup("#budget-sheet").query();
        String added = ledger().lines().stream().map(BudgetLineRow::item).filter(i -> i != null && i.startsWith("新明细")).findFirst().orElseThrow();
        focus(table, added, SheetColumn.ITEM);
        robot.clickOn("#budget-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger().lines()).as(robot.lookup("#budget-message").queryLabeled().getText()).hasSize(before);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger().lines()).extracting(BudgetLineRow::item).contains(added);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger().lines()).hasSize(before);
    }

    private static BudgetLineRow line(String item) {
        return ledger().lines().stream().filter(l -> item.equals(l.item())).findFirst().orElseThrow();
    }

    private static int index(TableView<SheetRow> table, String item) {
        List<SheetRow> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isLine() && item.equals(rows.get(i).line().item())) {
                return i;
            }
        }
        throw new AssertionError("no row " + item);
    }

    private static TableColumn<SheetRow, ?> column(TableView<SheetRow> table, SheetColumn c) {
        return table.getColumns().stream().filter(col -> col.getUserData() == c).findFirst().orElseThrow();
    }

    /** Where the first {@code columns} columns end, i.e. how wide the table must be to show them unscrolled. */
    static double rightEdgeOf(TableView<?> table, int columns) {
        return table.getColumns().stream().limit(columns).mapToDouble(c -> c.getWidth()).sum();
    }

    private void focus(TableView<SheetRow> table, String item, SheetColumn c) {
        int row = index(table, item);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(row, column(table, c));
            table.getFocusModel().focus(row, column(table, c));
            table.scrollTo(row);
            table.requestFocus();
        });
    }
}
