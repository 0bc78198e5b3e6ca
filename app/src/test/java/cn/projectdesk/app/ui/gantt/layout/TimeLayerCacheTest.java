package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time layers kept between frames give exactly what a fresh builder draws, and follow every change. */
class TimeLayerCacheTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 14);
    private static final HeaderLabels LABELS = (unit, d, w) -> unit.name().charAt(0) + "" + d.getMonthValue() + "/" + d.getDayOfMonth();
    private final RowMetrics metrics = new RowMetrics(20, 40);
    private final WorkingCalendar china = WorkingCalendar.chinaStandard();
    private final ChartOptions options = new ChartOptions(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 25), true, true, -1,
            china::isWorkingDay);
    private final GanttModel model = Rows.model(Rows.chain(300, START).toArray(GanttRow[]::new));

    private DisplayList fresh(TimeScale scale, Viewport view, ChartOptions o) {
        return new ChartSceneBuilder(metrics, LABELS).build(model, scale, view, o);
    }

    /** Shapes as text, arrays by content (records compare arrays by identity). */
    private static java.util.List<String> described(DisplayList list) {
        return list.shapes().stream().map(s -> s instanceof Shape.Path p
                ? "Path" + java.util.Arrays.toString(p.xs()) + java.util.Arrays.toString(p.ys()) + p.headDirection() + p.ink()
                : s instanceof Shape.Polygon p
                ? "Polygon" + java.util.Arrays.toString(p.xs()) + java.util.Arrays.toString(p.ys()) + p.ink()
                : s.toString()).toList();
    }

    @Test
    void aReusedBuilderDrawsWhatAFreshOneDrawsThroughScrollsZoomsAndResizes() {
        ChartSceneBuilder reused = new ChartSceneBuilder(metrics, LABELS);
        TimeScale scale = new TimeScale(START, 20);
        Viewport[] views = {
            new Viewport(0, 0, 800, 400), new Viewport(0, 200, 800, 400), new Viewport(0, 2000, 800, 400),
            new Viewport(350, 2000, 800, 400), new Viewport(350, 2000, 1000, 600), new Viewport(350, 2000, 1000, 600),
        };
        for (Viewport view : views) {
            assertThat(described(reused.build(model, scale, view, options))).isEqualTo(described(fresh(scale, view, options)));
        }
        TimeScale zoomed = scale.withScale(6);
        Viewport view = views[views.length - 1];
        assertThat(described(reused.build(model, zoomed, view, options))).isEqualTo(described(fresh(zoomed, view, options)));
        // Another calendar (a new plan loaded): the shading follows it.
        ChartOptions everyDayWorked = new ChartOptions(options.today(), options.statusDate(), true, true, -1, d -> true);
        DisplayList noShade = reused.build(model, zoomed, view, everyDayWorked);
        assertThat(noShade.of(Shape.Rect.class, r -> r.ink() == Ink.NON_WORKING)).isEmpty();
        assertThat(reused.build(model, zoomed, view, options).of(Shape.Rect.class, r -> r.ink() == Ink.NON_WORKING)).isNotEmpty();
    }
}
