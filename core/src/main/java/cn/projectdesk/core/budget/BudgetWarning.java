package cn.projectdesk.core.budget;

import java.math.BigDecimal;

/**
 * A rule that fired: {@code subject} names the line (source / code / year / item), the project or the
 * contract; {@code limit} is what was allowed, {@code actual} what there is, {@code percentOver} by how much.
 */
public record BudgetWarning(Kind kind, String subject, BigDecimal limit, BigDecimal actual, BigDecimal percentOver) {
    public enum Kind {
        /** Contracts on a line exceed its adjusted amount by more than the threshold. */
        LINE_COMMITTED_OVER,
        /** Payments on a line exceed its adjusted amount by more than the threshold. */
        LINE_PAID_OVER,
        /** The project's budget (sum of adjusted lines) exceeds its approved investment by more than the threshold (政府投资条例 art. 12). */
        ESTIMATE_OVER_APPROVED,
        /** Supplementary contracts exceed 10 % of the original contract (政府采购法 art. 49). */
        SUPPLEMENTARY_OVER
    }
}
