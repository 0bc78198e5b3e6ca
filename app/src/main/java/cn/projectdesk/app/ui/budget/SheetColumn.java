package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetLineRow;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The sheet's columns: what each shows, what a copy puts on the clipboard (plain numbers, so Excel reads
 * them as numbers), and for the editable ones how typed or pasted text changes the line's draft.
 * Subtotal and total rows show their label in the item column.
 */
public enum SheetColumn {
    // Widths: every figure up to the execution rate fits a 1280 px window beside the navigation
    // (1,058 px of ~1,077); notes and long item texts scroll or show their tooltip.
    SOURCE("budget.column.source", 84, false, l -> l.fundingSourceName(), null, BudgetLineDraft::withFundingSource),
    CODE("budget.column.code", 64, false, BudgetLineRow::economicCode, null, BudgetLineDraft::withEconomicCode),
    NAME("budget.column.name", 96, false, BudgetLineRow::economicName, null, null),
    YEAR("budget.column.year", 50, true, l -> String.valueOf(l.year()), null, (d, t) -> d.withYear(year(t))),
    ITEM("budget.column.item", 150, false, BudgetLineRow::item, null, BudgetLineDraft::withItem),
    APPROVED("budget.column.approved", 110, true, null, BudgetFigures::approved, (d, t) -> d.withApproved(amount(t))),
    ADJUSTED("budget.column.adjusted", 110, true, null, BudgetFigures::adjusted, null),
    COMMITTED("budget.column.committed", 110, true, null, BudgetFigures::committed, null),
    PAID("budget.column.paid", 110, true, null, BudgetFigures::paid, null),
    BALANCE("budget.column.balance", 110, true, null, BudgetFigures::balance, null),
    RATE("budget.column.rate", 64, true, null, null, null),
    NOTES("budget.column.notes", 160, false, BudgetLineRow::notes, null, BudgetLineDraft::withNotes);

    private final String key;
    private final double width;
    private final boolean numeric;
    private final Function<BudgetLineRow, String> lineText;
    private final Function<BudgetFigures, BigDecimal> amount;
    private final BiFunction<BudgetLineDraft, String, BudgetLineDraft> editor;

    SheetColumn(String key, double width, boolean numeric, Function<BudgetLineRow, String> lineText,
                Function<BudgetFigures, BigDecimal> amount, BiFunction<BudgetLineDraft, String, BudgetLineDraft> editor) {
        this.key = key;
        this.width = width;
        this.numeric = numeric;
        this.lineText = lineText;
        this.amount = amount;
        this.editor = editor;
    }

    public String key() {
        return key;
    }

    public double width() {
        return width;
    }

    /** Right-aligned (amounts, rates, years). */
    public boolean numeric() {
        return numeric;
    }

    public boolean editable() {
        return editor != null;
    }

    /** What the cell shows: amounts with thousands separators, the rate with %. */
    public String display(SheetRow row) {
        if (amount != null) {
            return Formats.money(amount.apply(row.figures()));
        }
        if (this == RATE) {
            BigDecimal rate = row.figures().executionRate();
            return rate == null ? "" : rate.toPlainString() + "%";
        }
        return plain(row);
    }

    /** What a copy puts on the clipboard: amounts as plain numbers with two decimals. */
    public String copyText(SheetRow row) {
        if (amount != null) {
            return amount.apply(row.figures()).toPlainString();
        }
        if (this == RATE) {
            BigDecimal rate = row.figures().executionRate();
            return rate == null ? "" : rate.toPlainString() + "%";
        }
        return plain(row);
    }

    /** The draft with this column set from text; throws {@link IllegalArgumentException} for unreadable text. */
    public BudgetLineDraft edit(BudgetLineDraft draft, String text) {
        if (editor == null) {
            throw new IllegalStateException(name() + " is read-only");
        }
        return editor.apply(draft, text == null ? "" : text.strip());
    }

    private String plain(SheetRow row) {
        if (!row.isLine()) {
            return this == ITEM ? row.label() : "";
        }
        String text = lineText == null ? null : lineText.apply(row.line());
        return text == null ? "" : text;
    }

    private static BigDecimal amount(String text) {
        try {
            return Formats.parseMoney(text).orElseThrow(() -> new IllegalArgumentException("empty amount"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + text, e);
        }
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text.replace("年", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a year: " + text, e);
        }
    }
}
