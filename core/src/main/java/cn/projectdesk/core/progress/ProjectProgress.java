package cn.projectdesk.core.progress;

import java.math.BigDecimal;
import java.util.List;

/** Project totals at the status date plus each leaf task's figures, in the order they were given. */
public record ProjectProgress(BigDecimal plannedPercent, BigDecimal actualPercent, BigDecimal deviation,
                              boolean behind, EarnedValue earnedValue, List<TaskProgress> tasks) {
    public ProjectProgress {
        tasks = List.copyOf(tasks);
    }
}
