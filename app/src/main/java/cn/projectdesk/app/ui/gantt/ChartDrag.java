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
 * duration (in working days of the calendar), the progress handle the % complete; the bar itself moves
 * along its row (a new start, which core turns into a constraint for linked tasks) or, dropped on another
 * bar, draws a finish-to-start link to it. Nothing changes until the release.
 */
final class ChartDrag {
    private final ChartHit start;
    private final GanttRow task;
    private final double x0;
    private final double y0;
    /** Moving the pointer more than half a row up or down turns a move into drawing a link. */
    private final double rowHeight;
    private double x;
    private double y;

    ChartDrag(ChartHit start, GanttRow task, double x, double y, double rowHeight) {
        this.start = start;
        this.rowHeight = rowHeight;
        this.task = task;
        this.x0 = x;
        this.y0 = y;
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

    /** Whether a bar drag is (still) a move: the pointer has stayed within the bar's own row. */
    boolean moving() {
        return start.part() == ChartHit.Part.BAR && Math.abs(y - y0) < rowHeight / 2;
    }

    /** Whole calendar days the bar has been dragged by, to the nearest day. */
    long dayShift(TimeScale scale) {
        return Math.round((x - x0) / scale.pxPerDay());
    }

    /** The start the moved bar now stands for. */
    LocalDate movedStart(TimeScale scale) {
        return task.start().plusDays(dayShift(scale));
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
                if (moving()) {
                    if (dayShift(scale) != 0) {
                        edits.moveStart(task, movedStart(scale));
                    }
                } else if (target.bar() != null && target.row() != start.row()
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
            case BAR -> {
                if (moving()) {
                    // The outline of the bar at its new place and the start it will get.
                    double left = bar.x() + dayShift(scale) * scale.pxPerDay() + dx;
                    list.add(new Shape.Line(left, top, left + bar.width(), top, Ink.DRAG_PREVIEW));
                    list.add(new Shape.Line(left, bottom, left + bar.width(), bottom, Ink.DRAG_PREVIEW));
                    list.add(new Shape.Line(left, top, left, bottom, Ink.DRAG_PREVIEW));
                    list.add(new Shape.Line(left + bar.width(), top, left + bar.width(), bottom, Ink.DRAG_PREVIEW));
                    list.add(new Shape.Text(left, top - 2, movedStart(scale).toString(), 11, Shape.Align.LEFT, Ink.DRAG_PREVIEW));
                } else {
                    list.add(new Shape.Line(bar.right() + dx, bar.midY() + dy, x + dx, y + dy, Ink.DRAG_PREVIEW));
                }
            }
            default -> { }
        }
    }
}
