package cn.projectdesk.core.progress;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Planned progress, deviation, baseline variance and earned value at a status date, on plain records.
 * Planned percent is the share of the task's working days that lie on or before the status date.
 */
public final class ProgressCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final WorkingCalendar calendar;
    private final LocalDate statusDate;
    private final BigDecimal threshold;

    public ProgressCalculator(WorkingCalendar calendar, LocalDate statusDate, BigDecimal thresholdPoints) {
        this.calendar = calendar;
        this.statusDate = statusDate;
        this.threshold = thresholdPoints;
    }

    /** Share of the planned work due by the status date, 0..1 with 6 decimals. */
    public BigDecimal plannedFraction(LocalDate start, LocalDate finish) {
        if (start == null || finish == null || statusDate.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        if (!statusDate.isBefore(finish)) {
            return BigDecimal.ONE;
        }
        int total = calendar.workingDaysBetween(start, finish.plusDays(1));
        int done = calendar.workingDaysBetween(start, statusDate.plusDays(1));
        return total <= 0 ? BigDecimal.ONE : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }

    public TaskProgress task(ProgressInput t) {
        BigDecimal fraction = plannedFraction(t.start(), t.finish());
        BigDecimal planned = fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        BigDecimal deviation = planned.subtract(BigDecimal.valueOf(t.percentComplete())).setScale(1, RoundingMode.HALF_UP);
        BigDecimal bac = EarnedValue.money(t.plannedCost());
        EarnedValue ev = EarnedValue.of(bac, bac.multiply(fraction),
                bac.multiply(BigDecimal.valueOf(t.percentComplete())).divide(HUNDRED, 2, RoundingMode.HALF_UP),
                t.actualCost());
        return new TaskProgress(planned, t.percentComplete(), deviation, deviation.compareTo(threshold) > 0,
                variance(t.baselineStart(), t.start()), variance(t.baselineFinish(), t.finish()),
                t.baselineDuration() == null ? null : t.durationDays() - t.baselineDuration(), ev);
    }

    /** The whole project: duration-weighted percentages and summed earned value over its leaf tasks. */
    public ProjectProgress project(List<ProgressInput> leaves) {
        List<TaskProgress> tasks = new ArrayList<>(leaves.size());
        BigDecimal weightedPlanned = BigDecimal.ZERO;
        BigDecimal weightedActual = BigDecimal.ZERO;
        long weights = 0;
        BigDecimal bac = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal ac = BigDecimal.ZERO;
        for (ProgressInput leaf : leaves) {
            TaskProgress p = task(leaf);
            tasks.add(p);
            int weight = Math.max(leaf.durationDays(), 0);
            weights += weight;
            weightedPlanned = weightedPlanned.add(p.plannedPercent().multiply(BigDecimal.valueOf(weight)));
            weightedActual = weightedActual.add(BigDecimal.valueOf((long) leaf.percentComplete() * weight));
            bac = bac.add(p.earnedValue().bac());
            pv = pv.add(p.earnedValue().pv());
            ev = ev.add(p.earnedValue().ev());
            ac = ac.add(p.earnedValue().ac());
        }
        BigDecimal planned = weights == 0 ? BigDecimal.ZERO.setScale(1)
                : weightedPlanned.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
        BigDecimal actual = weights == 0 ? BigDecimal.ZERO.setScale(1)
                : weightedActual.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
        BigDecimal deviation = planned.subtract(actual);
        return new ProjectProgress(planned, actual, deviation, deviation.compareTo(threshold) > 0,
                EarnedValue.of(bac, pv, ev, ac), tasks);
    }

    private Integer variance(LocalDate baseline, LocalDate current) {
        if (baseline == null || current == null) {
            return null;
        }
        return calendar.workingDaysBetween(baseline, current);
    }
}
