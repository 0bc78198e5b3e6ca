package cn.projectdesk.app.ui.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.ProjectBudget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sheet's layout without a screen: groups, subtotals, total, red flags and the filter. */
class SheetRowsTest {
    private static final SheetRows.Labels LABELS = new SheetRows.Labels() {
        @Override
        public String classSubtotal(String code, String name) {
            return "C " + code + " " + name;
        }

        @Override
        public String sourceSubtotal(String name) {
            return "S " + name;
        }

        @Override
        public String total() {
            return "T";
        }
    };

    private static BudgetLineRow line(String source, String code, String item, String approved, String committed, String paid) {
        BudgetFigures f = BudgetFigures.of(new BigDecimal(approved), new BigDecimal(approved), new BigDecimal(committed),
                new BigDecimal(paid));
        return new BudgetLineRow(UUID.randomUUID(), UUID.randomUUID(), source, source + "名", code, "名" + code, 2027, item, f,
                null, null, 0, List.of(), BigDecimal.ZERO);
    }

    private static ProjectBudget ledger(List<BudgetLineRow> lines) {
        BudgetFigures total = lines.stream().map(BudgetLineRow::figures).reduce(BudgetFigures.NONE, BudgetFigures::plus);
        return new ProjectBudget(UUID.randomUUID(), "P", "p", "d", null, lines, total, Map.of(), List.of(), BigDecimal.TEN);
    }

    @Test
    void subtotalsPerClassAndSourceAndATotalThatAddUpExactly() {
        List<SheetRow> rows = SheetRows.build(ledger(List.of(
                line("A", "30201", "x", "100.10", "0", "0"),
                line("A", "30205", "y", "200.20", "0", "0"),
                line("A", "31002", "z", "0.03", "0", "0"),
                line("B", "30201", "w", "1000", "1100.01", "1100"))), "", c -> "K" + c, LABELS);
        assertThat(rows).extracting(r -> r.kind() + ":" + r.label()).containsExactly(
                "LINE:x", "LINE:y", "CLASS_SUBTOTAL:C 302 K302", "LINE:z", "CLASS_SUBTOTAL:C 310 K310", "SOURCE_SUBTOTAL:S A名",
                "LINE:w", "CLASS_SUBTOTAL:C 302 K302", "SOURCE_SUBTOTAL:S B名", "TOTAL:T");
        assertThat(rows.get(2).figures().approved()).isEqualByComparingTo("300.30");
        assertThat(rows.get(5).figures().approved()).isEqualByComparingTo("300.33");
        assertThat(rows.get(9).figures().approved()).isEqualByComparingTo("1300.33");
        // 1100.01 on 1000 is 10.001 % over: red; 1100 paid is exactly 10 %: not red
        assertThat(rows.get(6).committedOver()).isTrue();
        assertThat(rows.get(6).paidOver()).isFalse();
        assertThat(rows.get(0).committedOver()).isFalse();
    }

    @Test
    void theFilterKeepsMatchingLinesAndSubtotalsAddUpWhatIsShown() {
        List<SheetRow> rows = SheetRows.build(ledger(List.of(
                line("A", "30201", "办公用品", "100", "0", "0"),
                line("A", "30201", "印刷", "50", "0", "0"),
                line("B", "31002", "办公设备", "70", "0", "0"))), "办公", c -> null, LABELS);
        assertThat(rows.stream().filter(SheetRow::isLine).map(SheetRow::label)).containsExactly("办公用品", "办公设备");
        assertThat(rows.get(rows.size() - 1).figures().approved()).isEqualByComparingTo("170");
        assertThat(SheetRows.build(ledger(List.of()), "", c -> null, LABELS)).extracting(SheetRow::kind)
                .containsExactly(SheetRow.Kind.TOTAL);
    }
}
