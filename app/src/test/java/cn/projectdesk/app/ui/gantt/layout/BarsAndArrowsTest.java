package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.projectdesk.core.schedule.DependencyType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BarsAndArrowsTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private final RowMetrics metrics = new RowMetrics(24, 40);
    private final BarGeometry geometry = new BarGeometry(new TimeScale(MON, 10), metrics);
    private final ArrowRouter router = new ArrowRouter(metrics);

    @Test
    void aTaskRunsFromItsStartToTheEndOfItsFinishDay() {
        Bar bar = geometry.bar(Rows.task("1", "a", MON.plusDays(2), MON.plusDays(4), 50, ""), 3);
        assertThat(bar.kind()).isEqualTo(Bar.Kind.TASK);
        assertThat(bar.x()).isEqualTo(20);
        assertThat(bar.width()).isEqualTo(30);
        assertThat(bar.y()).isGreaterThan(metrics.rowTop(3)).isLessThan(metrics.rowTop(4));
        assertThat(bar.y() + bar.height()).isLessThan(metrics.rowTop(4));
        assertThat(bar.progressX(50)).isEqualTo(35);
    }

    @Test
    void milestonesAreFixedSizeDiamondsAndSummariesThinner() {
        Bar m = geometry.bar(Rows.milestone("2", "验收", MON.plusDays(5), ""), 0);
        assertThat(m.kind()).isEqualTo(Bar.Kind.MILESTONE);
        assertThat(m.x() + m.width() / 2).isEqualTo(60);
        assertThat(m.width()).isEqualTo(BarGeometry.MILESTONE_SIZE);
        Bar s = geometry.bar(Rows.summary("1", "准备", MON, MON.plusDays(9)), 0);
        Bar t = geometry.bar(Rows.task("1", "a", MON, MON.plusDays(9), 0, ""), 0);
        assertThat(s.height()).isLessThan(t.height());
        assertThat(geometry.bar(new GanttRow(null, null, 0, "9", "x", 1, null, null, 0, false, false, "", false, null, null, false), 0)).isNull();
    }

    @Test
    void finishToStartGoesStraightWhenThereIsRoom() {
        Bar a = geometry.bar(Rows.task("1", "a", MON, MON.plusDays(4), 0, ""), 0);
        Bar b = geometry.bar(Rows.task("2", "b", MON.plusDays(7), MON.plusDays(9), 0, ""), 2);
        Arrow arrow = router.route(a, b, DependencyType.FS, false);
        assertThat(arrow.xs()).containsExactly(50, 58, 58, 70);
        assertThat(arrow.ys()).containsExactly(a.midY(), a.midY(), b.midY(), b.midY());
        assertThat(arrow.headDirection()).isEqualTo(1);
    }

    @Test
    void finishToStartTurnsInTheRowGapWhenTheSuccessorStartsEarlier() {
        Bar a = geometry.bar(Rows.task("1", "a", MON, MON.plusDays(4), 0, ""), 0);
        Bar b = geometry.bar(Rows.task("2", "b", MON.plusDays(3), MON.plusDays(9), 0, ""), 1);
        Arrow arrow = router.route(a, b, DependencyType.FS, false);
        assertThat(arrow.points()).isEqualTo(6);
        // The horizontal run back is on the border between the rows, clear of both bars.
        assertThat(arrow.ys()[2]).isEqualTo(metrics.rowTop(1));
        assertThat(arrow.ys()[2]).isGreaterThan(a.y() + a.height()).isLessThan(b.y());
        assertThat(arrow.xs()[3]).isLessThan(b.x());
        assertThat(arrow.endX()).isEqualTo(b.x());
        // Upwards too: the run is on the border below the successor's row.
        Arrow up = router.route(geometry.bar(Rows.task("1", "a", MON, MON.plusDays(4), 0, ""), 3), b, DependencyType.FS, false);
        assertThat(up.ys()[2]).isEqualTo(metrics.rowTop(2));
    }

    @Test
    void startToStartAndFinishToFinishGoRoundTheOuterSide() {
        Bar a = geometry.bar(Rows.task("1", "a", MON.plusDays(2), MON.plusDays(4), 0, ""), 0);
        Bar b = geometry.bar(Rows.task("2", "b", MON, MON.plusDays(8), 0, ""), 1);
        Arrow ss = router.route(a, b, DependencyType.SS, false);
        assertThat(ss.xs()).containsExactly(20, -8, -8, 0);
        assertThat(ss.headDirection()).isEqualTo(1);
        Arrow ff = router.route(a, b, DependencyType.FF, false);
        assertThat(ff.xs()).containsExactly(50, 98, 98, 90);
        assertThat(ff.headDirection()).isEqualTo(-1);
    }

    @Test
    void startToFinishEntersTheSuccessorsFinishFromTheRight() {
        Bar a = geometry.bar(Rows.task("1", "a", MON.plusDays(5), MON.plusDays(9), 0, ""), 0);
        Bar early = geometry.bar(Rows.task("2", "b", MON, MON.plusDays(2), 0, ""), 1);
        Arrow direct = router.route(a, early, DependencyType.SF, false);
        assertThat(direct.xs()).containsExactly(50, 42, 42, 30);
        assertThat(direct.headDirection()).isEqualTo(-1);
        Bar late = geometry.bar(Rows.task("2", "b", MON.plusDays(3), MON.plusDays(8), 0, ""), 1);
        Arrow around = router.route(a, late, DependencyType.SF, false);
        assertThat(around.points()).isEqualTo(6);
        assertThat(around.xs()[3]).isCloseTo(late.right() + ArrowRouter.STUB, within(1e-9));
        assertThat(around.endX()).isEqualTo(late.right());
    }

    @Test
    void hitTestFindsTheHandles() {
        GanttModel model = Rows.model(Rows.task("1", "a", MON, MON.plusDays(9), 40, ""));
        Bar bar = geometry.bar(model.row(0), 0);
        assertThat(ChartHit.at(model, geometry, bar.right() - 1, bar.midY()).part()).isEqualTo(ChartHit.Part.FINISH_HANDLE);
        assertThat(ChartHit.at(model, geometry, bar.progressX(40), bar.midY() + 2).part()).isEqualTo(ChartHit.Part.PROGRESS_HANDLE);
        assertThat(ChartHit.at(model, geometry, bar.x() + 10, bar.midY()).part()).isEqualTo(ChartHit.Part.BAR);
        assertThat(ChartHit.at(model, geometry, bar.right() + 50, bar.midY()).part()).isEqualTo(ChartHit.Part.ROW);
        assertThat(ChartHit.at(model, geometry, 10, 500)).isEqualTo(ChartHit.NONE);
    }
}
