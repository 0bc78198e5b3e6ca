package cn.projectdesk.core.performance;

import java.math.BigDecimal;

/** An indicator with the points it earned (0..weight); {@code measured} is false while its actual is missing. */
public record IndicatorScore(IndicatorInput indicator, BigDecimal score, boolean measured) {
}
