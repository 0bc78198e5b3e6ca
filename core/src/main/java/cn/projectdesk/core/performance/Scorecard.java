package cn.projectdesk.core.performance;

import java.math.BigDecimal;
import java.util.List;

/** The scored framework: each indicator's points, the total (out of 100), the grade, and whether all were measured. */
public record Scorecard(List<IndicatorScore> indicators, BigDecimal total, Grade grade, boolean complete) {
    public BigDecimal subtotal(IndicatorCategory category) {
        return indicators.stream().filter(i -> i.indicator().dimension().category() == category)
                .map(IndicatorScore::score).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
