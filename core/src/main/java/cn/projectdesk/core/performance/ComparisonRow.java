package cn.projectdesk.core.performance;

import java.math.BigDecimal;

/** One group of a comparison: how many evaluations, average/best/worst total, and the count per grade. */
public record ComparisonRow(String group, int evaluations, BigDecimal average, BigDecimal best, BigDecimal worst,
                            int excellent, int good, int fair, int poor) {
}
