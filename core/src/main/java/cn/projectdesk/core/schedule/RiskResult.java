package cn.projectdesk.core.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a Monte Carlo run found: the distribution of project finishes (kept sorted, as working
 * positions) and how often each task was critical. Dates are read out on demand.
 */
public final class RiskResult {
    private final WorkingTimeIndex calendar;
    private final RiskSettings settings;
    private final int[] sortedFinish;
    private final int[] criticalCount;
    private final int deterministicFinish;
    private final String[] names;

    RiskResult(WorkingTimeIndex calendar, RiskSettings settings, int[] finishes, int[] criticalCount,
               int deterministicFinish, String[] names) {
        this.calendar = calendar;
        this.settings = settings;
        this.sortedFinish = finishes.clone();
        Arrays.sort(sortedFinish);
        this.criticalCount = criticalCount;
        this.deterministicFinish = deterministicFinish;
        this.names = names;
    }

    public RiskSettings settings() {
        return settings;
    }

    public int iterations() {
        return sortedFinish.length;
    }

    public int taskCount() {
        return criticalCount.length;
    }

    public String taskName(int task) {
        return names[task];
    }

    /** The finish of the plan with every task at its own (not sampled) duration. */
    public LocalDateTime plannedFinish() {
        return calendar.finishAt(deterministicFinish);
    }

    /** The finish met or beaten by {@code percent} % of the iterations (nearest rank). */
    public LocalDateTime finishAtPercentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percentile must be 1..100, got " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedFinish.length);
        return calendar.finishAt(sortedFinish[Math.max(0, rank - 1)]);
    }

    public LocalDateTime earliestFinish() {
        return calendar.finishAt(sortedFinish[0]);
    }

    public LocalDateTime latestFinish() {
        return calendar.finishAt(sortedFinish[sortedFinish.length - 1]);
    }

    /** Share of iterations whose project finished on or before the day. */
    public double probabilityOfFinishingBy(LocalDate target) {
        return (double) finishedBy(target) / sortedFinish.length;
    }

    /** Share of iterations in which the task was critical (for a summary: any task below it). */
    public double criticality(int task) {
        return (double) criticalCount[task] / sortedFinish.length;
    }

    /**
     * Finish days in at most {@code maxBuckets} buckets of equal width (whole days), from the
     * earliest to the latest finish, each with the cumulative share finished by its last day.
     */
    public List<HistogramBucket> histogram(int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("at least one bucket");
        }
        LocalDate first = earliestFinish().toLocalDate();
        LocalDate last = latestFinish().toLocalDate();
        long span = last.toEpochDay() - first.toEpochDay() + 1;
        long width = (span + maxBuckets - 1) / maxBuckets;
        List<HistogramBucket> out = new ArrayList<>();
        int before = 0;
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(width)) {
            LocalDate to = from.plusDays(width - 1);
            int upTo = finishedBy(to);
            out.add(new HistogramBucket(from, to, upTo - before, (double) upTo / sortedFinish.length));
            before = upTo;
        }
        return out;
    }

    /** Iterations finished on or before the day: finish dates grow with positions, so binary search. */
    private int finishedBy(LocalDate day) {
        int lo = 0;
        int hi = sortedFinish.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (calendar.finishAt(sortedFinish[mid]).toLocalDate().isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
