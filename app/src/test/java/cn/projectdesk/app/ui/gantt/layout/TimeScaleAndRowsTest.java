package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeScaleAndRowsTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    @Test
    void datesMapToPixelsAndBack() {
        TimeScale scale = new TimeScale(MON, 20);
        assertThat(scale.x(MON.plusDays(3))).isEqualTo(60);
        assertThat(scale.endX(MON.plusDays(3))).isEqualTo(80);
        assertThat(scale.dateAt(79.9)).isEqualTo(MON.plusDays(3));
        assertThat(scale.dateAt(-0.1)).isEqualTo(MON.minusDays(1));
    }

    @Test
    void unitsFloorToTheirCalendarCells() {
        LocalDate d = LocalDate.of(2026, 11, 26);
        assertThat(TimeUnit.WEEK.floor(d)).isEqualTo(MON);
        assertThat(TimeUnit.MONTH.floor(d)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(TimeUnit.QUARTER.floor(d)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(TimeUnit.YEAR.floor(d)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(TimeUnit.QUARTER.next(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aFreeScaleTakesTheTiersOfTheNearestCoarserPreset() {
        assertThat(ZoomLevel.forScale(30)).isEqualTo(ZoomLevel.DAYS);
        assertThat(ZoomLevel.forScale(7)).isEqualTo(ZoomLevel.WEEKS);
        assertThat(ZoomLevel.forScale(5)).isEqualTo(ZoomLevel.MONTHS);
        assertThat(ZoomLevel.forScale(0.1)).isEqualTo(ZoomLevel.YEARS);
    }

    @Test
    void theRowWindowCoversExactlyTheRowsInView() {
        assertThat(RowWindow.of(0, 100, 25, 1000)).isEqualTo(new RowWindow(0, 4));
        assertThat(RowWindow.of(30, 100, 25, 1000)).isEqualTo(new RowWindow(1, 6));
        assertThat(RowWindow.of(24_990, 100, 25, 1000)).isEqualTo(new RowWindow(999, 1000));
        assertThat(RowWindow.of(0, 100, 25, 0).size()).isZero();
        assertThat(RowWindow.of(99_999 * 25.0, 500, 25, 100_000).size()).isEqualTo(1);
    }

    @Test
    void collapsedSummariesHideTheirSubtreeAndItsArrows() {
        GanttRow s = Rows.summary("1", "准备", MON, MON.plusDays(9));
        GanttRow a = Rows.task("1.1", "立项", MON, MON.plusDays(4), 0, "");
        GanttRow b = Rows.task("1.2", "招标", MON.plusDays(5), MON.plusDays(9), 0, "1.1");
        GanttRow c = Rows.task("2", "实施", MON.plusDays(10), MON.plusDays(19), 0, "1.2");
        var all = java.util.List.of(s, a, b, c);
        GanttModel open = GanttModel.of(all, GanttRows.links(all), Set.of());
        GanttModel shut = GanttModel.of(all, GanttRows.links(all), Set.of(s.id()));
        assertThat(open.rowCount()).isEqualTo(4);
        assertThat(open.linksOf(2)).hasSize(2);
        assertThat(shut.rows()).containsExactly(s, c);
        assertThat(shut.linksOf(1)).isEmpty();
        assertThat(shut.taskCount()).isEqualTo(4);
        assertThat(open.start()).isEqualTo(MON);
        assertThat(open.finish()).isEqualTo(MON.plusDays(19));
    }

    @Test
    void labelsAreCutToTheirRoom() {
        assertThat(TextFit.fit("建设项目招标", 10, 1000)).isEqualTo("建设项目招标");
        assertThat(TextFit.fit("建设项目招标", 10, 45)).isEqualTo("建设项…");
        assertThat(TextFit.fit("建设", 10, 5)).isEmpty();
    }
}
