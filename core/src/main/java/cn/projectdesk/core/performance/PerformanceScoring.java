package cn.projectdesk.core.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Scores an indicator framework; pure arithmetic on records, two decimals, half-up, per indicator. */
public final class PerformanceScoring {
    private static final BigDecimal ONE = BigDecimal.ONE;

    private PerformanceScoring() {
    }

    public static Scorecard score(List<IndicatorInput> indicators) {
        List<IndicatorScore> scored = indicators.stream().map(PerformanceScoring::score).toList();
        BigDecimal total = scored.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Scorecard(scored, total, Grade.of(total), scored.stream().allMatch(IndicatorScore::measured));
    }

    static IndicatorScore score(IndicatorInput i) {
        if (i.rule() == ScoringRule.MANUAL) {
            return new IndicatorScore(i, i.manualScore() == null ? zero() : i.manualScore().setScale(2, RoundingMode.HALF_UP),
                    i.manualScore() != null);
        }
        if (i.actual() == null) {
            return new IndicatorScore(i, zero(), false);
        }
        BigDecimal fraction = switch (i.rule()) {
            case AT_LEAST -> i.target().signum() == 0 || i.actual().compareTo(i.target()) >= 0 ? ONE
                    : i.actual().divide(i.target(), 10, RoundingMode.HALF_UP);
            case AT_MOST -> i.actual().compareTo(i.target()) <= 0 ? ONE
                    : i.target().signum() == 0 ? BigDecimal.ZERO
                    : ONE.subtract(i.actual().subtract(i.target()).divide(i.target(), 10, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
            case REACHED -> i.actual().compareTo(i.target()) >= 0 ? ONE : BigDecimal.ZERO;
            case MANUAL -> throw new IllegalStateException("handled above");
        };
        return new IndicatorScore(i, i.weight().multiply(fraction).setScale(2, RoundingMode.HALF_UP), true);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
