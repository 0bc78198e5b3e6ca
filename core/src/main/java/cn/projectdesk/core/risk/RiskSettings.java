package cn.projectdesk.core.risk;

import java.math.BigDecimal;

/**
 * The thresholds of the rules. Deviation and overspend reuse the progress and budget settings
 * ({@code progress.deviationThreshold}, {@code budget.warningThresholdPercent}) so that the ledger,
 * the progress report and the warnings centre never disagree; the day windows and the Monte Carlo
 * on-time threshold are this package's own.
 */
public record RiskSettings(BigDecimal deviationPoints, BigDecimal overspendPercent, int milestoneDueDays, int expiryDays,
                           int onTimePercent) {
    public static final String MILESTONE_DAYS_SETTING = "risk.milestoneDueDays";
    public static final String EXPIRY_DAYS_SETTING = "risk.expiryDays";
    public static final String ON_TIME_PERCENT_SETTING = "risk.onTimePercent";
    public static final int DEFAULT_MILESTONE_DAYS = 7;
    public static final int DEFAULT_EXPIRY_DAYS = 30;
    /** issue 8: warn when P(finishing by the planned finish) is below 30 % */
    public static final int DEFAULT_ON_TIME_PERCENT = 30;
}
