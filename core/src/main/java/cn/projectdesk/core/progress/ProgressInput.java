package cn.projectdesk.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One leaf task as the progress calculator sees it; baseline fields are null without a baseline. */
public record ProgressInput(LocalDate start, LocalDate finish, int durationDays, int percentComplete,
                            BigDecimal plannedCost, BigDecimal actualCost,
                            LocalDate baselineStart, LocalDate baselineFinish, Integer baselineDuration) {
}
