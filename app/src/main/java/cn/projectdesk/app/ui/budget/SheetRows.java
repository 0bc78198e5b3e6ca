package cn.projectdesk.app.ui.budget;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.Money;
import cn.projectdesk.core.budget.ProjectBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Lays a project's ledger out as the sheet shows it: lines in the ledger's order (funding source, code,
 * year, item), a subtotal after each economic class (类, the code's first three digits) of a source, a
 * subtotal after each source and the total at the end. With a filter, only matching lines are shown and
 * the subtotals add up what is shown. Plain Java: tested without a screen.
 */
public final class SheetRows {
    private SheetRows() {
    }

    /**
     * @param classNames the name of an economic class code (302 → 商品和服务支出), or null when unknown
     * @param labels     texts for subtotal and total rows: {@code labels.apply("class", name)} etc.
     */
    public static List<SheetRow> build(ProjectBudget ledger, String filter, Function<String, String> classNames,
                                       Labels labels) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<SheetRow> rows = new ArrayList<>();
        BigDecimal threshold = ledger.thresholdPercent();
        BudgetFigures total = BudgetFigures.NONE;
        BudgetFigures source = null;
        BudgetFigures klass = null;
        BudgetLineRow previous = null;
        for (BudgetLineRow line : ledger.lines()) {
            if (!needle.isEmpty() && !matches(line, needle)) {
                continue;
            }
            if (previous != null && !previous.fundingSource().equals(line.fundingSource())) {
                rows.add(subtotal(SheetRow.Kind.CLASS_SUBTOTAL, labels.classSubtotal(classOf(previous), classNames.apply(classOf(previous))), klass, threshold));
                rows.add(subtotal(SheetRow.Kind.SOURCE_SUBTOTAL, labels.sourceSubtotal(previous.fundingSourceName()), source, threshold));
                source = null;
                klass = null;
            } else if (previous != null && !classOf(previous).equals(classOf(line))) {
                rows.add(subtotal(SheetRow.Kind.CLASS_SUBTOTAL, labels.classSubtotal(classOf(previous), classNames.apply(classOf(previous))), klass, threshold));
                klass = null;
            }
            BudgetFigures f = line.figures();
            rows.add(new SheetRow(SheetRow.Kind.LINE, line.item(), line, f, Money.exceeds(f.committed(), f.adjusted(), threshold),
                    Money.exceeds(f.paid(), f.adjusted(), threshold)));
            source = source == null ? f : source.plus(f);
            klass = klass == null ? f : klass.plus(f);
            total = total.plus(f);
            previous = line;
        }
        if (previous != null) {
            rows.add(subtotal(SheetRow.Kind.CLASS_SUBTOTAL, labels.classSubtotal(classOf(previous), classNames.apply(classOf(previous))), klass, threshold));
            rows.add(subtotal(SheetRow.Kind.SOURCE_SUBTOTAL, labels.sourceSubtotal(previous.fundingSourceName()), source, threshold));
        }
        rows.add(subtotal(SheetRow.Kind.TOTAL, labels.total(), total, threshold));
        return rows;
    }

    /** How subtotal and total rows are labelled (from the screen's language bundle). */
    public interface Labels {
        String classSubtotal(String classCode, String className);

        String sourceSubtotal(String sourceName);

        String total();
    }

    static String classOf(BudgetLineRow line) {
        String code = line.economicCode();
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    private static SheetRow subtotal(SheetRow.Kind kind, String label, BudgetFigures f, BigDecimal threshold) {
        return new SheetRow(kind, label, null, f, Money.exceeds(f.committed(), f.adjusted(), threshold),
                Money.exceeds(f.paid(), f.adjusted(), threshold));
    }

    private static boolean matches(BudgetLineRow l, String needle) {
        return contains(l.fundingSourceName(), needle) || contains(l.fundingSource(), needle) || contains(l.economicCode(), needle)
                || contains(l.economicName(), needle) || contains(l.item(), needle) || contains(l.notes(), needle)
                || contains(String.valueOf(l.year()), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
