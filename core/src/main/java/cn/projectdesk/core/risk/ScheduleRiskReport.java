package cn.projectdesk.core.risk;

import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.schedule.HistogramBucket;
import java.time.LocalDate;
import java.util.List;

/**
 * A Monte Carlo run over one project's plan: the planned finish (every task at its duration), the
 * finish dates met in 50/80/95 % of the iterations, the chance of finishing by the target day (null
 * without a target), each task's criticality and the histogram of finish days.
 */
public record ScheduleRiskReport(String projectCode, int iterations, long seed, DurationDistribution distribution,
                                 int estimatedTasks, LocalDate plannedFinish, LocalDate p50, LocalDate p80,
                                 LocalDate p95, LocalDate target, Double probabilityByTarget,
                                 List<TaskCriticality> tasks, List<HistogramBucket> histogram) {
    public ScheduleRiskReport {
        tasks = List.copyOf(tasks);
        histogram = List.copyOf(histogram);
    }
}
