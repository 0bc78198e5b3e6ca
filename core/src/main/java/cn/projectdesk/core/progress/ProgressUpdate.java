package cn.projectdesk.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an officer reports for a task: % complete, actual dates, cost so far (null keeps the value). */
public record ProgressUpdate(int percentComplete, LocalDate actualStart, LocalDate actualFinish, BigDecimal actualCost) {
}
