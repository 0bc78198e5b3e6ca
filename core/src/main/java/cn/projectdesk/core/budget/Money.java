package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan with two decimals: the only way amounts are rounded, compared and turned into rates. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal yuan(String amount) {
        return yuan(new BigDecimal(amount));
    }

    /** part / whole in percent with two decimals; null when whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** True when actual exceeds limit by more than thresholdPercent of the limit. */
    public static boolean exceeds(BigDecimal actual, BigDecimal limit, BigDecimal thresholdPercent) {
        BigDecimal allowed = limit.add(limit.multiply(thresholdPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP));
        return actual.compareTo(allowed) > 0;
    }
}
