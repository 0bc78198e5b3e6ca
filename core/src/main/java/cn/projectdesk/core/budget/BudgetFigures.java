package cn.projectdesk.core.budget;

import java.math.BigDecimal;

/**
 * The figures of a line, a project, a funding source, a department or a year, in yuan: approved (as first
 * approved), adjusted (after approved adjustments), committed (contracts), paid, balance (adjusted − paid)
 * and the execution rate (paid / adjusted, percent, null when nothing is budgeted).
 */
public record BudgetFigures(BigDecimal approved, BigDecimal adjusted, BigDecimal committed, BigDecimal paid,
                            BigDecimal balance, BigDecimal executionRate) {
    public static final BudgetFigures NONE = of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public static BudgetFigures of(BigDecimal approved, BigDecimal adjusted, BigDecimal committed, BigDecimal paid) {
        return new BudgetFigures(Money.yuan(approved), Money.yuan(adjusted), Money.yuan(committed), Money.yuan(paid),
                Money.yuan(adjusted.subtract(paid)), Money.percent(paid, adjusted));
    }

    public BudgetFigures plus(BudgetFigures o) {
        return of(approved.add(o.approved), adjusted.add(o.adjusted), committed.add(o.committed), paid.add(o.paid));
    }
}
