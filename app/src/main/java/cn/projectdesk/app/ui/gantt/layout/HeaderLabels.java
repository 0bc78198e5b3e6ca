package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;

/** The text of a header cell; given the cell's width so that it can choose a short form. */
@FunctionalInterface
public interface HeaderLabels {
    String label(TimeUnit unit, LocalDate cellStart, double cellWidth);
}
