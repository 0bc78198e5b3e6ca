package cn.projectdesk.core.progress;

import java.math.BigDecimal;

/**
 * Progress of one task at the status date: planned and actual percent, deviation in points (planned
 * minus actual; positive = behind), whether it passes the warning threshold, variance against the
 * baseline in working days (positive = later or longer; null without a baseline) and earned value.
 */
public record TaskProgress(BigDecimal plannedPercent, int actualPercent, BigDecimal deviation, boolean behind,
                           Integer startVariance, Integer finishVariance, Integer durationVariance,
                           EarnedValue earnedValue) {
}
