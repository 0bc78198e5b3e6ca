package cn.projectdesk.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Earned-value figures in yuan (scale 2) and indexes (scale 4). An index is null where its divisor is
 * zero (nothing planned, spent or earned yet): "not defined" is not "zero".
 */
public record EarnedValue(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, BigDecimal sv, BigDecimal cv,
                          BigDecimal spi, BigDecimal cpi, BigDecimal eac, BigDecimal vac, BigDecimal tcpi) {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Derives SV, CV, SPI, CPI, EAC, VAC and TCPI from the four base sums. */
    public static EarnedValue of(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
        BigDecimal b = money(bac);
        BigDecimal p = money(pv);
        BigDecimal e = money(ev);
        BigDecimal a = money(ac);
        BigDecimal spi = ratio(e, p);
        BigDecimal cpi = ratio(e, a);
        // EAC = BAC / CPI, computed as BAC × AC / EV so that no rounded index enters a money figure
        BigDecimal eac = e.signum() == 0 ? null : b.multiply(a).divide(e, 2, RoundingMode.HALF_UP);
        BigDecimal vac = eac == null ? null : b.subtract(eac);
        BigDecimal tcpi = ratio(b.subtract(e), b.subtract(a));
        return new EarnedValue(b, p, e, a, e.subtract(p), e.subtract(a), spi, cpi, eac, vac, tcpi);
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}
