package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * What the chart shows besides the tasks: today and status-date lines (null = none), baseline bars,
 * critical path colouring, the selected row (-1 = none) and which days are worked.
 */
public record ChartOptions(LocalDate today, LocalDate statusDate, boolean baselines, boolean critical,
                           int selectedRow, Predicate<LocalDate> workingDay) {
    public ChartOptions withSelectedRow(int row) {
        return new ChartOptions(today, statusDate, baselines, critical, row, workingDay);
    }
}
