package cn.projectdesk.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.layout.Bar;
import cn.projectdesk.app.ui.gantt.layout.BarGeometry;
import cn.projectdesk.app.ui.gantt.layout.ChartHit;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.GanttRows;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a drag on the chart turns into, decided without a window: move, duration, progress or link. */
class ChartDragTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final WorkingCalendar CALENDAR = WorkingCalendar.chinaStandard();
    final RowMetrics metrics = RowMetrics.DEFAULT;
    final TimeScale scale = new TimeScale(MONDAY.minusDays(14), 20);
    final BarGeometry geometry = new BarGeometry(scale, metrics);
    final GanttRow a = row("1", MONDAY, MONDAY.plusDays(4), 0, "");
    final GanttRow b = row("2", MONDAY.plusDays(7), MONDAY.plusDays(9), 40, "1");
    final GanttRow c = row("3", MONDAY.plusDays(7), MONDAY.plusDays(8), 0, "");
    final GanttModel model = GanttModel.of(List.of(a, b, c), GanttRows.links(List.of(a, b, c)), Set.of());
    final List<String> edits = new ArrayList<>();

    static GanttRow row(String code, LocalDate start, LocalDate finish, int percent, String predecessors) {
        return new GanttRow(UUID.nameUUIDFromBytes(code.getBytes()), null, 0, code, "任务" + code,
                (int) (finish.toEpochDay() - start.toEpochDay() + 1), start, finish, percent, false, false, predecessors,
                false, null, null, false);
    }

    ChartHit hitAt(double x, double y) {
        return ChartHit.at(model, geometry, x, y);
    }

    ChartDrag press(int row, double x) {
        Bar bar = geometry.bar(model.row(row), row);
        ChartHit hit = hitAt(x, bar.midY() - 2);
        return new ChartDrag(hit, model.row(row), x, bar.midY() - 2, metrics.rowHeight());
    }

    void release(ChartDrag drag, double x, double y) {
        drag.moveTo(x, y);
        drag.finish(recorder(), model, hitAt(x, y), scale, CALENDAR);
    }

    @Test
    void draggingABarAlongItsRowMovesItsStartByWholeDays() {
        Bar bar = geometry.bar(b, 1);
        ChartDrag drag = press(1, bar.x() + bar.width() / 2);
        assertThat(drag.part()).isEqualTo(ChartHit.Part.BAR);
        // 3.4 days to the right, and a few pixels off the row's middle: still a move, by 3 days
        release(drag, bar.x() + bar.width() / 2 + 3.4 * 20, bar.midY() + 4);
        assertThat(edits).containsExactly("move 2 " + MONDAY.plusDays(10));
    }

    @Test
    void aMoveOfLessThanHalfADayChangesNothing() {
        Bar bar = geometry.bar(c, 2);
        ChartDrag drag = press(2, bar.x() + 5);
        release(drag, bar.x() + 5 + 9, bar.midY());
        assertThat(edits).isEmpty();
    }

    @Test
    void thePreviewShowsTheMovedOutlineAndItsNewStart() {
        Bar bar = geometry.bar(c, 2);
        ChartDrag drag = press(2, bar.x() + 5);
        drag.moveTo(bar.x() + 5 - 2 * 20, bar.midY());
        DisplayList list = new DisplayList();
        drag.preview(list, 0, 0, scale, CALENDAR, "");
        assertThat(list.of(Shape.Text.class)).extracting(Shape.Text::text).containsExactly(MONDAY.plusDays(5).toString());
        assertThat(list.of(Shape.Line.class)).anyMatch(l -> l.x1() == bar.x() - 40 && l.x2() == bar.x() - 40);
    }

    @Test
    void droppedOnAnotherRowsBarItDrawsALinkInstead() {
        Bar from = geometry.bar(a, 0);
        Bar to = geometry.bar(c, 2);
        ChartDrag drag = press(0, from.x() + from.width() / 2);
        release(drag, to.x() + to.width() / 2, to.midY());
        assertThat(edits).containsExactly("link 1 3");
    }

    @Test
    void theFinishHandleSetsWorkingDaysAndTheProgressHandleSteps5() {
        Bar bar = geometry.bar(b, 1);
        ChartHit end = hitAt(bar.right() - 1, bar.midY());
        assertThat(end.part()).isEqualTo(ChartHit.Part.FINISH_HANDLE);
        ChartDrag drag = new ChartDrag(end, b, bar.right() - 1, bar.midY(), metrics.rowHeight());
        // Monday 11-30 .. Wednesday 12-02, dragged two days on: it now ends Friday, five working days
        drag.moveTo(bar.right() + 2 * 20, bar.midY());
        drag.finish(recorder(), model, end, scale, CALENDAR);
        double px = bar.progressX(40);
        ChartHit progress = hitAt(px + 1, bar.midY() + 3);
        assertThat(progress.part()).isEqualTo(ChartHit.Part.PROGRESS_HANDLE);
        ChartDrag p = new ChartDrag(progress, b, px + 1, bar.midY() + 3, metrics.rowHeight());
        p.moveTo(bar.x() + bar.width() * 0.76, bar.midY() + 3);
        p.finish(recorder(), model, progress, scale, CALENDAR);
        assertThat(edits).containsExactly("duration 2 5", "percent 2 75");
    }

    private ChartEdits recorder() {
        return new ChartEdits() {
            @Override
            public void setDuration(GanttRow row, int workingDays) {
                edits.add("duration " + row.wbsCode() + " " + workingDays);
            }

            @Override
            public void setPercentComplete(GanttRow row, int percent) {
                edits.add("percent " + row.wbsCode() + " " + percent);
            }

            @Override
            public void link(GanttRow predecessor, GanttRow successor) {
                edits.add("link " + predecessor.wbsCode() + " " + successor.wbsCode());
            }

            @Override
            public void moveStart(GanttRow row, LocalDate start) {
                edits.add("move " + row.wbsCode() + " " + start);
            }

            @Override
            public void open(GanttRow row) {
                edits.add("open " + row.wbsCode());
            }

            @Override
            public void toggleCollapsed(GanttRow row) {
                edits.add("toggle " + row.wbsCode());
            }
        };
    }
}
