package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.GanttRow;

/** What the mouse and keys on the chart ask for; the view turns each into an undoable command. */
interface ChartEdits {
    void setDuration(GanttRow row, int workingDays);

    void setPercentComplete(GanttRow row, int percent);

    void link(GanttRow predecessor, GanttRow successor);

    /** The bar was dragged along its row to start on {@code start}. */
    void moveStart(GanttRow row, java.time.LocalDate start);

    void open(GanttRow row);

    void toggleCollapsed(GanttRow row);
}
