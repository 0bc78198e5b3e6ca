package cn.projectdesk.app.ui.gantt.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar unit of the time-scale header: where a cell starts and where the next one does. */
public enum TimeUnit {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the cell that contains {@code date}; weeks start on Monday, as in China. */
    public LocalDate floor(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate cellStart) {
        return switch (this) {
            case DAY -> cellStart.plusDays(1);
            case WEEK -> cellStart.plusWeeks(1);
            case MONTH -> cellStart.plusMonths(1);
            case QUARTER -> cellStart.plusMonths(3);
            case YEAR -> cellStart.plusYears(1);
        };
    }
}
