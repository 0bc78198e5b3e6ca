package cn.projectdesk.app.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartSceneBuilderTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 14);
    private static final HeaderLabels LABELS = (unit, d, w) -> unit.name().charAt(0) + "" + d.getMonthValue() + "/" + d.getDayOfMonth();
    private final RowMetrics metrics = new RowMetrics(20, 40);
    private final ChartSceneBuilder builder = new ChartSceneBuilder(metrics, LABELS);
    private final WorkingCalendar china = WorkingCalendar.chinaStandard();
    private final ChartOptions options = new ChartOptions(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 25), true, true, -1,
            china::isWorkingDay);

    @Test
    void onlyTheRowsInViewAreDrawnWhateverTheProjectSize() {
        GanttModel small = model(100);
        GanttModel large = model(100_000);
        TimeScale scale = new TimeScale(START, 20);
        Viewport view = new Viewport(0, 20 * 50, 800, 40 + 20 * 10);
        DisplayList a = builder.build(small, scale, view, options);
        DisplayList b = builder.build(large, scale, view, options);
        assertThat(texts(a, Ink.LABEL)).containsExactly(names(50, 60));
        assertThat(texts(b, Ink.LABEL)).containsExactly(names(50, 60));
        assertThat(b.size()).isEqualTo(a.size());
    }

    @Test
    void arrowsIntoTheViewAreAnchoredOnRowsOutsideIt() {
        TimeScale scale = new TimeScale(START, 20);
        DisplayList list = builder.build(model(200), scale, new Viewport(0, 20 * 50, 2000, 40 + 20 * 10), options);
        List<Shape.Path> arrows = list.of(Shape.Path.class);
        // rows 50..59 visible: links 49→50 (from above) … 59→60 (to below): 11, each once.
        assertThat(arrows).hasSize(11);
        assertThat(arrows.get(0).ys()[0]).isLessThan(metrics.headerHeight());
    }

    @Test
    void weekendsAndHolidaysAreShadedButMakeUpWorkdaysAreNot() {
        TimeScale scale = new TimeScale(START, 10);
        DisplayList list = builder.build(model(5), scale, new Viewport(0, 0, 400, 200), options);
        List<Shape.Rect> shaded = list.of(Shape.Rect.class, r -> r.ink() == Ink.NON_WORKING);
        // 9-19/20 is a weekend but 9-20 (Sunday) is a 调休 workday: only the 19th is shaded that weekend.
        assertThat(shaded).anySatisfy(r -> {
            assertThat(r.x()).isEqualTo(scale.x(LocalDate.of(2026, 9, 19)));
            assertThat(r.w()).isEqualTo(10);
        });
        // Mid-Autumn 9-25..27 (Fri-Sun) is one run of three days.
        assertThat(shaded).anySatisfy(r -> {
            assertThat(r.x()).isEqualTo(scale.x(LocalDate.of(2026, 9, 25)));
            assertThat(r.w()).isEqualTo(30);
        });
        // National Day 10-1..7, then Saturday 10-10 is worked, Sunday 10-11 is not.
        assertThat(shaded).anySatisfy(r -> {
            assertThat(r.x()).isEqualTo(scale.x(LocalDate.of(2026, 10, 1)));
            assertThat(r.w()).isEqualTo(70);
        });
        assertThat(shaded).anySatisfy(r -> {
            assertThat(r.x()).isEqualTo(scale.x(LocalDate.of(2026, 10, 11)));
            assertThat(r.w()).isEqualTo(10);
        });
    }

    @Test
    void todayStatusDateBaselineAndBehindAreDrawn() {
        GanttRow t = Rows.task("1", "a", START, START.plusDays(9), 30, "");
        GanttRow late = new GanttRow(t.id(), null, 0, "1", "a", 10, START, START.plusDays(9), 30, false, false, "", true,
                START.minusDays(3), START.plusDays(6), false);
        TimeScale scale = new TimeScale(START.minusDays(5), 10);
        DisplayList list = builder.build(Rows.model(late), scale, new Viewport(0, 0, 600, 200), options);
        assertThat(list.of(Shape.Rect.class, r -> r.ink() == Ink.TASK_BEHIND)).hasSize(1);
        assertThat(list.of(Shape.Rect.class, r -> r.ink() == Ink.TASK_BEHIND_PROGRESS)).singleElement()
                .satisfies(r -> assertThat(r.w()).isEqualTo(30));
        assertThat(list.of(Shape.Rect.class, r -> r.ink() == Ink.BASELINE)).singleElement()
                .satisfies(r -> assertThat(r.x()).isEqualTo(20));
        assertThat(list.of(Shape.Line.class, l -> l.ink() == Ink.TODAY)).singleElement()
                .satisfies(l -> assertThat(l.x1()).isEqualTo(scale.x(options.today())));
        assertThat(list.of(Shape.Line.class, l -> l.ink() == Ink.STATUS_DATE)).singleElement()
                .satisfies(l -> assertThat(l.x1()).isEqualTo(scale.endX(options.statusDate())));
    }

    @Test
    void headerHasTwoTiersFromTheZoomLevelAndLabelsFitTheirCells() {
        TimeScale scale = new TimeScale(START, ZoomLevel.WEEKS.pxPerDay());
        DisplayList list = builder.build(model(3), scale, new Viewport(0, 0, 900, 200), options);
        List<String> header = texts(list, Ink.HEADER_TEXT);
        assertThat(header).anyMatch(s -> s.equals("M10/1"));
        assertThat(header).anyMatch(s -> s.equals("W9/21"));
        for (Shape.Text text : list.of(Shape.Text.class, x -> x.ink() == Ink.HEADER_TEXT)) {
            assertThat(text.y()).isLessThan(metrics.headerHeight());
        }
    }

    @Test
    void theTableDrawsTheSameRowsWithIndentAndExpander() {
        GanttRow s = Rows.summary("1", "准备阶段", START, START.plusDays(9));
        GanttRow a = Rows.task("1.1", "立项", START, START.plusDays(4), 0, "");
        DisplayList list = new DisplayList();
        List<TableColumnSpec> columns = List.of(
                new TableColumnSpec("wbs", "WBS", 50, Shape.Align.LEFT, false, GanttRow::wbsCode),
                new TableColumnSpec("name", "名称", 200, Shape.Align.LEFT, true, GanttRow::name));
        new TableSceneBuilder(metrics).build(list, Rows.model(s, a), columns, 0, 300, 1, Set.of());
        List<Shape.Text> names = list.of(Shape.Text.class, t -> t.text().equals("立项") || t.text().equals("准备阶段"));
        assertThat(names).hasSize(2);
        assertThat(names.get(1).x() - names.get(0).x()).isEqualTo(TableSceneBuilder.INDENT);
        assertThat(names.get(0).ink()).isEqualTo(Ink.TABLE_TEXT_BOLD);
        assertThat(list.of(Shape.Polygon.class)).hasSize(1);
        assertThat(list.of(Shape.Rect.class, r -> r.ink() == Ink.ROW_SELECTED)).hasSize(1);
        assertThat(TableSceneBuilder.columnAt(columns, 60)).isEqualTo(1);
    }

    private static GanttModel model(int n) {
        List<GanttRow> rows = Rows.chain(n, START);
        return GanttModel.of(rows, GanttRows.links(rows), Set.of());
    }

    private static List<String> texts(DisplayList list, Ink ink) {
        return list.of(Shape.Text.class, t -> t.ink() == ink).stream().map(Shape.Text::text).toList();
    }

    private static String[] names(int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(i -> "任务 " + (i + 1)).toArray(String[]::new);
    }
}
