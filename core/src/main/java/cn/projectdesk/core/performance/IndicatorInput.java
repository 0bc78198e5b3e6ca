package cn.projectdesk.core.performance;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;

/**
 * One indicator as the scoring engine sees it: dimension, name, unit, target, weight (points out of
 * 100), actual (null while not measured), rule, and the evaluator's score for MANUAL.
 */
public record IndicatorInput(IndicatorDimension dimension, String name, String unit, BigDecimal target, BigDecimal weight,
                             BigDecimal actual, ScoringRule rule, BigDecimal manualScore) {
    void check(int line) {
        String field = "indicators[" + line + "]";
        if (dimension == null || rule == null || name == null || name.isBlank() || name.strip().length() > 200
                || unit == null || unit.isBlank() || unit.strip().length() > 40) {
            throw ValidationException.of(field, "validation.performance.indicator");
        }
        if (target == null || target.signum() < 0 || weight == null || weight.signum() <= 0
                || weight.compareTo(BigDecimal.valueOf(100)) > 0 || actual != null && actual.signum() < 0) {
            throw ValidationException.of(field, "validation.performance.values");
        }
        if (manualScore != null && (manualScore.signum() < 0 || manualScore.compareTo(weight) > 0)) {
            throw ValidationException.of(field, "validation.performance.manualScore");
        }
    }
}
