package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.Bar;
import cn.projectdesk.app.ui.gantt.layout.ChartHit;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;

/**
 * One drag on the chart, from press to release, in content coordinates: the finish handle changes the
 * duration (in working days of the calendar), the progress handle the % complete, and the bar itself
 * draws a finish-to-start link to the bar it is dropped on. Nothing changes until the release.
 */
final class ChartDrag {
    private final ChartHit start;
    private final GanttRow task;
    private double x;
    private double y;

    ChartDrag(ChartHit start, GanttRow task, double x, double y) {
        this.start = start;
        this.task = task;
        this.x = x;
        this.y = y;
    }

    void moveTo(double newX, double newY) {
        this.x = newX;
        this.y = newY;
    }

    ChartHit.Part part() {
        return start.part();
    }

    /** The duration the finish handle now stands for: working days from the start to the nearest day edge. */
    int duration(TimeScale scale, WorkingCalendar calendar) {
        LocalDate finishExclusive = scale.origin().plusDays(Math.round(x / scale.pxPerDay()));
        if (!finishExclusive.isAfter(task.start())) {
            return 1;
        }
        return Math.max(1, calendar.workingDaysBetween(task.start(), finishExclusive));
    }

    /** % complete in steps of 5, as MS Project's progress drag does. */
    int percent() {
        Bar bar = start.bar();
        double fraction = (x - bar.x()) / bar.width();
        return (int) Math.max(0, Math.min(100, Math.round(fraction * 20) * 5));
    }

    /** Commits the drag; {@code target} is the hit under the pointer at release. */
    void finish(ChartEdits edits, GanttModel model, ChartHit target, TimeScale scale, WorkingCalendar calendar) {
        switch (start.part()) {
            case FINISH_HANDLE -> edits.setDuration(task, duration(scale, calendar));
            case PROGRESS_HANDLE -> edits.setPercentComplete(task, percent());
            case BAR -> {
                if (target.bar() != null && target.row() != start.row()
                        && (target.part() == ChartHit.Part.BAR || target.part() == ChartHit.Part.FINISH_HANDLE
                        || target.part() == ChartHit.Part.PROGRESS_HANDLE)) {
                    edits.link(task, model.row(target.row()));
                }
            }
            default -> { }
        }
    }

    /** The preview drawn over the chart while dragging, shifted into viewport coordinates. */
    void preview(DisplayList list, double dx, double dy, TimeScale scale, WorkingCalendar calendar, String percentText) {
        Bar bar = start.bar();
        double top = bar.y() + dy;
        double bottom = bar.y() + bar.height() + dy;
        switch (start.part()) {
            case FINISH_HANDLE -> {
                double right = scale.x(task.start()) + dx
                        + Math.max(scale.pxPerDay(), Math.round(x / scale.pxPerDay()) * scale.pxPerDay() - scale.x(task.start()));
                double left = bar.x() + dx;
                list.add(new Shape.Line(left, top, right, top, Ink.DRAG_PREVIEW));
                list.add(new Shape.Line(left, bottom, right, bottom, Ink.DRAG_PREVIEW));
                list.add(new Shape.Line(right, top, right, bottom, Ink.DRAG_PREVIEW));
                list.add(new Shape.Text(right + 4, top - 2, String.valueOf(duration(scale, calendar)), 11,
                        Shape.Align.LEFT, Ink.DRAG_PREVIEW));
            }
            case PROGRESS_HANDLE -> {
                double px = bar.progressX(percent()) + dx;
                list.add(new Shape.Line(px, top - 3, px, bottom + 3, Ink.DRAG_PREVIEW));
                list.add(new Shape.Text(px + 4, top - 2, percentText, 11, Shape.Align.LEFT, Ink.DRAG_PREVIEW));
            }
            case BAR -> list.add(new Shape.Line(bar.right() + dx, bar.midY() + dy, x + dx, y + dy, Ink.DRAG_PREVIEW));
            default -> { }
        }
    }
}
