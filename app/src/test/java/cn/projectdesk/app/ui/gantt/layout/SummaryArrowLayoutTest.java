package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.DependencyType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links from a summary's finish run down past its children: they must not cross a child's bar or label. */
class SummaryArrowLayoutTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 14);
    private static final HeaderLabels LABELS = (unit, d, w) -> d.toString();
    private final RowMetrics metrics = new RowMetrics(20, 40);
    private final ChartOptions options = new ChartOptions(null, null, false, false, -1, null);

    /** Phase 1 with three children whose long labels reach past the phase's end, then task 2 after it. */
    private static GanttModel plan(String successorPredecessors, LocalDate successorStart) {
        return Rows.model(
                Rows.summary("1", "一期工程", START, LocalDate.of(2026, 10, 2)),
                Rows.task("1.1", "道路排水管网改造设计方案编制", START, LocalDate.of(2026, 9, 18), 100, ""),
                Rows.task("1.2", "道路排水管网改造施工图审查", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 25), 50, "1.1"),
                Rows.task("1.3", "施工招标", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2), 0, "1.2"),
                Rows.task("2", "二期工程开工准备", successorStart, successorStart.plusDays(6), 0, successorPredecessors));
    }

    @Test
    void anFsLinkFromASummaryGoesRoundItsChildrensLabels() {
        TimeScale scale = new TimeScale(START.minusDays(2), 20);
        for (LocalDate start : List.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 9, 30))) {
            DisplayList list = new ChartSceneBuilder(metrics, LABELS).build(plan("1", start), scale,
                    new Viewport(0, 0, 1400, 40 + 20 * 5), options);
            Shape.Path arrow = summaryArrow(list);
            assertNoCrossing(list, arrow);
            // it still leaves the summary's finish and ends at the successor's start, pointing right
            assertThat(arrow.xs()[0]).isEqualTo(scale.endX(LocalDate.of(2026, 10, 2)));
            assertThat(arrow.xs()[arrow.xs().length - 1]).isEqualTo(scale.x(start));
            assertThat(arrow.headDirection()).isEqualTo(1);
        }
    }

    @Test
    void theDetourIsNeededWithoutItAndLeavesPlainLinksAlone() {
        TimeScale scale = new TimeScale(START.minusDays(2), 20);
        GanttModel model = plan("1", LocalDate.of(2026, 10, 5));
        BarGeometry geometry = new BarGeometry(scale, metrics);
        Arrow plain = new ArrowRouter(metrics).route(geometry.bar(model.row(0), 0), geometry.bar(model.row(4), 4),
                DependencyType.FS, false);
        DisplayList list = new ChartSceneBuilder(metrics, LABELS).build(model, scale, new Viewport(0, 0, 1400, 140), options);
        // the plain route's vertical at the summary's finish + stub runs through 1.2's label
        Shape.Text label = list.of(Shape.Text.class, t -> t.text().startsWith("道路排水管网改造施工图")).get(0);
        double x = plain.xs()[1];
        assertThat(x).isBetween(label.x(), label.x() + TextFit.width(label.text(), label.size()));
        // links between neighbouring rows (1.1 → 1.2, 1.2 → 1.3) keep their four-point route
        assertThat(list.of(Shape.Path.class)).filteredOn(p -> p.xs().length == 4).hasSize(2);
    }

    private Shape.Path summaryArrow(DisplayList list) {
        double summaryMid = metrics.headerHeight() + metrics.barTop(0) - metrics.rowTop(0) + metrics.barHeight() / 2;
        return list.of(Shape.Path.class).stream()
                .filter(p -> Math.abs(p.ys()[0] - (metrics.headerHeight() + metrics.rowHeight() / 2)) < metrics.rowHeight() / 2)
                .findFirst().orElseThrow(() -> new AssertionError("no arrow from the summary row near " + summaryMid));
    }

    /** No segment of the arrow meets a label's box or a bar (summary, task) of a row it passes. */
    private static void assertNoCrossing(DisplayList list, Shape.Path arrow) {
        for (Shape.Text t : list.of(Shape.Text.class, t -> t.ink() == Ink.LABEL)) {
            double left = t.x();
            double right = t.x() + TextFit.width(t.text(), t.size());
            double top = t.y() - t.size();
            double bottom = t.y() + t.size() * 0.25;
            for (int i = 0; i + 1 < arrow.xs().length; i++) {
                assertThat(segmentHitsBox(arrow.xs()[i], arrow.ys()[i], arrow.xs()[i + 1], arrow.ys()[i + 1], left, top, right, bottom))
                        .as("segment %d of the summary's arrow crosses label \"%s\"", i, t.text()).isFalse();
            }
        }
    }

    private static boolean segmentHitsBox(double x1, double y1, double x2, double y2, double l, double t, double r, double b) {
        // orthogonal segments only
        return Math.max(x1, x2) >= l && Math.min(x1, x2) <= r && Math.max(y1, y2) >= t && Math.min(y1, y2) <= b;
    }
}
