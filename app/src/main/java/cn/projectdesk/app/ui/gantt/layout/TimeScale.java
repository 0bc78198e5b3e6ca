package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;

/**
 * Maps dates to x in content coordinates (before horizontal scrolling): day {@code origin} starts at
 * x = 0. A date's cell is [x(date), x(date + 1)); a task ending on {@code finish} ends at x(finish + 1).
 */
public record TimeScale(LocalDate origin, double pxPerDay) {
    public TimeScale {
        if (origin == null || !(pxPerDay > 0)) {
            throw new IllegalArgumentException("origin and a positive scale are required");
        }
    }

    public double x(LocalDate date) {
        return (date.toEpochDay() - origin.toEpochDay()) * pxPerDay;
    }

    /** The x where a day ends, i.e. where a bar finishing that day stops. */
    public double endX(LocalDate date) {
        return x(date) + pxPerDay;
    }

    public LocalDate dateAt(double x) {
        return origin.plusDays((long) Math.floor(x / pxPerDay));
    }

    public TimeScale withScale(double newPxPerDay) {
        return new TimeScale(origin, newPxPerDay);
    }

    public ZoomLevel tiers() {
        return ZoomLevel.forScale(pxPerDay);
    }
}
