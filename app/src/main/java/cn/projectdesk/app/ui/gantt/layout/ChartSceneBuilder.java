package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the chart half of the Gantt for one viewport: header tiers, shading, grid, bars, arrows and
 * date lines. Work is bounded by the visible rows and days, never by the size of the project.
 */
public final class ChartSceneBuilder {
    static final double LABEL_SIZE = 11;
    /** Labels start beyond the arrow stub, so that a link turning down never runs through the text. */
    static final double LABEL_GAP = ArrowRouter.STUB + 4;
    static final double HEADER_TEXT_SIZE = 11;
    /** Below this scale single days are too narrow for shading to mean anything. */
    static final double SHADE_MIN_PX_PER_DAY = 1.5;

    private final RowMetrics metrics;
    private final HeaderLabels labels;
    /**
     * The shapes that depend only on the time axis (shading, vertical grid, header), kept from the last
     * frame: scrolling rows leaves them as they were, so a vertical scroll rebuilds only the rows.
     */
    private TimeKey timeKey;
    private final List<Shape> shading = new java.util.ArrayList<>();
    private final List<Shape> grid = new java.util.ArrayList<>();
    private final List<Shape> headerShapes = new java.util.ArrayList<>();
    /**
     * What each drawn row occupies, bar start to label end (content x), by window index: arrows passing
     * through a row must stay clear of it. Reused buffers, grown to the tallest window seen.
     */
    private double[] spanLeft = new double[64];
    private double[] spanRight = new double[64];

    /** Everything the time layers depend on; the predicate compares by identity (one per loaded plan). */
    private record TimeKey(TimeScale scale, double scrollX, double width, double height,
                           java.util.function.Predicate<LocalDate> workingDay) {
        /** Compared field by field, so that a frame that only scrolls rows allocates no key. */
        boolean matches(TimeScale otherScale, Viewport view, java.util.function.Predicate<LocalDate> otherWorkingDay) {
            return scale.equals(otherScale) && scrollX == view.scrollX() && width == view.width()
                    && height == view.height() && workingDay == otherWorkingDay;
        }
    }

    public ChartSceneBuilder(RowMetrics metrics, HeaderLabels labels) {
        this.metrics = metrics;
        this.labels = labels;
    }

    public DisplayList build(GanttModel model, TimeScale scale, Viewport view, ChartOptions options) {
        DisplayList list = new DisplayList();
        build(list, model, scale, view, options);
        return list;
    }

    public void build(DisplayList list, GanttModel model, TimeScale scale, Viewport view, ChartOptions options) {
        double header = metrics.headerHeight();
        double bodyTop = header;
        double bodyHeight = Math.max(0, view.height() - header);
        RowWindow window = RowWindow.of(view.scrollY(), bodyHeight, metrics.rowHeight(), model.rowCount());
        double dx = -view.scrollX();
        double dy = bodyTop - view.scrollY();
        list.add(new Shape.Clip(0, bodyTop, view.width(), bodyHeight));
        list.add(new Shape.Rect(0, bodyTop, view.width(), bodyHeight, Ink.BACKGROUND));
        if (timeKey == null || !timeKey.matches(scale, view, options.workingDay())) {
            timeLayers(scale, view, options, dx, bodyTop, bodyHeight);
            timeKey = new TimeKey(scale, view.scrollX(), view.width(), view.height(), options.workingDay());
        }
        list.addAll(shading);
        if (window.contains(options.selectedRow())) {
            list.add(new Shape.Rect(0, metrics.rowTop(options.selectedRow()) + dy, view.width(), metrics.rowHeight(), Ink.ROW_SELECTED));
        }
        list.addAll(grid);
        for (int r = window.first(); r < window.end(); r++) {
            double y = metrics.rowTop(r + 1) + dy;
            list.add(new Shape.Line(0, y, view.width(), y, Ink.GRID));
        }
        BarGeometry geometry = new BarGeometry(scale, metrics);
        if (spanLeft.length < window.size()) {
            spanLeft = new double[window.size()];
            spanRight = new double[window.size()];
        }
        for (int r = window.first(); r < window.end(); r++) {
            task(list, model.row(r), r, geometry, dx, dy, options, r - window.first());
        }
        arrows(list, model, window, geometry, dx, dy, options);
        dateLine(list, scale, options.statusDate(), dx, bodyTop, view, Ink.STATUS_DATE);
        dateLine(list, scale, options.today(), dx, bodyTop, view, Ink.TODAY);
        // The header is clipped too: composed pages put the table right where cells cut at x < 0 would land.
        list.add(new Shape.Clip(0, 0, view.width(), header));
        list.addAll(headerShapes);
        list.add(Shape.Clip.NONE);
    }

    private void timeLayers(TimeScale scale, Viewport view, ChartOptions options, double dx, double bodyTop, double bodyHeight) {
        LocalDate first = scale.dateAt(view.scrollX());
        LocalDate last = scale.dateAt(view.scrollX() + view.width());
        DisplayList layer = new DisplayList();
        shadeNonWorkingDays(layer, scale, first, last, dx, bodyTop, bodyHeight, options);
        shading.clear();
        shading.addAll(layer.shapes());
        layer.clear();
        verticalGrid(layer, scale, first, last, dx, bodyTop, view.height());
        grid.clear();
        grid.addAll(layer.shapes());
        layer.clear();
        header(layer, scale, view, first, last);
        headerShapes.clear();
        headerShapes.addAll(layer.shapes());
    }

    private void shadeNonWorkingDays(DisplayList list, TimeScale scale, LocalDate first, LocalDate last, double dx,
                                     double top, double height, ChartOptions options) {
        if (scale.pxPerDay() < SHADE_MIN_PX_PER_DAY || options.workingDay() == null) {
            return;
        }
        LocalDate runStart = null;
        for (LocalDate d = first; !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
            boolean off = !d.isAfter(last) && !options.workingDay().test(d);
            if (off && runStart == null) {
                runStart = d;
            } else if (!off && runStart != null) {
                double x = scale.x(runStart) + dx;
                list.add(new Shape.Rect(x, top, scale.x(d) + dx - x, height, Ink.NON_WORKING));
                runStart = null;
            }
        }
    }

    private void verticalGrid(DisplayList list, TimeScale scale, LocalDate first, LocalDate last, double dx,
                              double top, double bottom) {
        TimeUnit unit = scale.tiers().top();
        for (LocalDate d = unit.floor(first); !d.isAfter(last); d = unit.next(d)) {
            double x = scale.x(d) + dx;
            list.add(new Shape.Line(x, top, x, bottom, Ink.GRID));
        }
    }

    private void task(DisplayList list, GanttRow task, int r, BarGeometry geometry, double dx, double dy,
                      ChartOptions options, int slot) {
        Bar bar = geometry.bar(task, r);
        spanLeft[slot] = Double.NaN;
        spanRight[slot] = Double.NaN;
        if (bar == null) {
            return;
        }
        double x = bar.x() + dx;
        double y = bar.y() + dy;
        if (options.baselines() && task.hasBaseline() && task.milestone() && !task.summary()) {
            // A milestone's baseline is a date: a small grey diamond under where it was planned.
            list.add(new Shape.Diamond(geometry.scale().endX(task.baselineFinish()) + dx, metrics.baselineTop(r) + dy + 2, 7, Ink.BASELINE));
        } else if (options.baselines() && task.hasBaseline() && !task.summary()) {
            double bx = geometry.scale().x(task.baselineStart()) + dx;
            double bw = Math.max(BarGeometry.MIN_BAR_WIDTH, geometry.scale().endX(task.baselineFinish()) + dx - bx);
            list.add(new Shape.Rect(bx, metrics.baselineTop(r) + dy, bw, metrics.baselineHeight(), Ink.BASELINE));
        }
        boolean critical = options.critical() && task.critical();
        double labelX;
        switch (bar.kind()) {
            case MILESTONE -> {
                list.add(new Shape.Diamond(x + bar.width() / 2, y + bar.height() / 2, bar.width(),
                        critical ? Ink.MILESTONE_CRITICAL : Ink.MILESTONE));
                labelX = x + bar.width() + LABEL_GAP;
            }
            case SUMMARY -> {
                list.add(new Shape.Rect(x, y, bar.width(), bar.height(), Ink.SUMMARY));
                double cap = Math.min(5, bar.width() / 2);
                list.add(new Shape.Polygon(new double[] {x, x + cap, x}, new double[] {y, y + bar.height(), y + bar.height() + 4}, Ink.SUMMARY));
                double r2 = x + bar.width();
                list.add(new Shape.Polygon(new double[] {r2, r2 - cap, r2}, new double[] {y, y + bar.height(), y + bar.height() + 4}, Ink.SUMMARY));
                labelX = r2 + LABEL_GAP;
            }
            default -> {
                Ink body = task.behind() ? Ink.TASK_BEHIND : critical ? Ink.TASK_CRITICAL : Ink.TASK;
                Ink fill = task.behind() ? Ink.TASK_BEHIND_PROGRESS : critical ? Ink.TASK_CRITICAL_PROGRESS : Ink.TASK_PROGRESS;
                list.add(new Shape.Rect(x, y, bar.width(), bar.height(), body));
                if (task.percentComplete() > 0) {
                    list.add(new Shape.Rect(x, y + bar.height() * 0.3, bar.progressX(task.percentComplete()) - bar.x(),
                            bar.height() * 0.4, fill));
                }
                labelX = x + bar.width() + LABEL_GAP;
            }
        }
        String text = task.milestone() && !task.summary() ? task.name() + "  " + task.finish() : task.name();
        String fitted = TextFit.fit(text, LABEL_SIZE, 260);
        list.add(new Shape.Text(labelX, metrics.rowTop(r) + dy + metrics.rowHeight() / 2 + LABEL_SIZE * 0.36,
                fitted, LABEL_SIZE, Shape.Align.LEFT, Ink.LABEL));
        spanLeft[slot] = bar.x();
        spanRight[slot] = labelX - dx + TextFit.width(fitted, LABEL_SIZE);
    }

    private void arrows(DisplayList list, GanttModel model, RowWindow window, BarGeometry geometry, double dx,
                        double dy, ChartOptions options) {
        ArrowRouter router = new ArrowRouter(metrics);
        for (int r = window.first(); r < window.end(); r++) {
            List<GanttLink> links = model.linksOf(r);
            for (int k = 0; k < links.size(); k++) {
                GanttLink link = links.get(k);
                int from = model.indexOf(link.predecessorId());
                int to = model.indexOf(link.successorId());
                int other = from == r ? to : from;
                // Drawn once: by its predecessor's row when both rows are in view, else by the one that is.
                if (window.contains(other) && r != from) {
                    continue;
                }
                Bar a = geometry.bar(model.row(from), from);
                Bar b = geometry.bar(model.row(to), to);
                if (a == null || b == null) {
                    continue;
                }
                boolean critical = options.critical() && model.row(from).critical() && model.row(to).critical();
                Arrow arrow = clearOfLabels(router.route(a, b, link.type(), critical), a, b, window);
                // route() returns fresh arrays, owned by nobody else: moved in place instead of copied
                double[] xs = arrow.xs();
                double[] ys = arrow.ys();
                for (int i = 0; i < xs.length; i++) {
                    xs[i] += dx;
                    ys[i] += dy;
                }
                list.add(new Shape.Path(xs, ys, arrow.headDirection(), critical ? Ink.ARROW_CRITICAL : Ink.ARROW));
            }
        }
    }

    /**
     * A link whose vertical runs through rows between its two ends (typically from a summary's finish down
     * past its own children) would cross their bars and labels. Such a link turns in the row gap next to
     * its predecessor, runs down (or up) right of everything those rows show, and turns back in the gap
     * next to its successor. Only rows in view are checked: the others are not drawn. Bounded by the window.
     */
    private Arrow clearOfLabels(Arrow arrow, Bar from, Bar to, RowWindow window) {
        int lo = Math.max(Math.min(from.row(), to.row()) + 1, window.first());
        int hi = Math.min(Math.max(from.row(), to.row()), window.end());
        if (lo >= hi) {
            return arrow;
        }
        double[] xs = arrow.xs();
        double[] ys = arrow.ys();
        double top = metrics.rowTop(lo);
        double bottom = metrics.rowTop(hi);
        boolean blocked = false;
        double clearX = Double.NEGATIVE_INFINITY;
        for (int r = lo; r < hi; r++) {
            double right = spanRight[r - window.first()];
            if (!Double.isNaN(right)) {
                clearX = Math.max(clearX, right + ArrowRouter.STUB / 2);
            }
        }
        for (int i = 0; i + 1 < xs.length && !blocked; i++) {
            if (xs[i] == xs[i + 1] && Math.max(ys[i], ys[i + 1]) > top && Math.min(ys[i], ys[i + 1]) < bottom) {
                for (int r = lo; r < hi && !blocked; r++) {
                    double left = spanLeft[r - window.first()];
                    blocked = !Double.isNaN(left) && xs[i] >= left && xs[i] <= spanRight[r - window.first()];
                }
            }
        }
        if (!blocked) {
            return arrow;
        }
        boolean down = to.row() > from.row();
        double gapFrom = down ? metrics.rowTop(from.row() + 1) : metrics.rowTop(from.row());
        double gapTo = down ? metrics.rowTop(to.row()) : metrics.rowTop(to.row() + 1);
        double exitX = xs[1];
        double entryX = xs[xs.length - 2];
        double x2 = xs[xs.length - 1];
        return new Arrow(new double[] {xs[0], exitX, exitX, clearX, clearX, entryX, entryX, x2},
                new double[] {ys[0], ys[0], gapFrom, gapFrom, gapTo, gapTo, ys[ys.length - 1], ys[ys.length - 1]},
                arrow.headDirection(), arrow.critical());
    }

    private void dateLine(DisplayList list, TimeScale scale, LocalDate date, double dx, double top, Viewport view, Ink ink) {
        if (date == null) {
            return;
        }
        // Today is drawn at the start of the day; the status date at its end (progress is measured through it).
        double x = (ink == Ink.TODAY ? scale.x(date) : scale.endX(date)) + dx;
        if (x >= 0 && x <= view.width()) {
            list.add(new Shape.Line(x, top, x, view.height(), ink));
        }
    }

    private void header(DisplayList list, TimeScale scale, Viewport view, LocalDate first, LocalDate last) {
        double half = metrics.headerHeight() / 2;
        list.add(new Shape.Rect(0, 0, view.width(), metrics.headerHeight(), Ink.HEADER_BACKGROUND));
        ZoomLevel tiers = scale.tiers();
        tier(list, scale, view, first, last, tiers.top(), 0, half);
        tier(list, scale, view, first, last, tiers.bottom(), half, half);
        list.add(new Shape.Line(0, half, view.width(), half, Ink.HEADER_LINE));
        list.add(new Shape.Line(0, metrics.headerHeight() - 0.5, view.width(), metrics.headerHeight() - 0.5, Ink.HEADER_LINE));
    }

    private void tier(DisplayList list, TimeScale scale, Viewport view, LocalDate first, LocalDate last, TimeUnit unit,
                      double top, double height) {
        double dx = -view.scrollX();
        for (LocalDate d = unit.floor(first); !d.isAfter(last); d = unit.next(d)) {
            double x0 = scale.x(d) + dx;
            double x1 = scale.x(unit.next(d)) + dx;
            list.add(new Shape.Line(x0, top, x0, top + height, Ink.HEADER_LINE));
            // A cell cut by the left edge keeps its label in view, as long as it fits in what is left.
            double left = Math.max(x0, 0);
            double width = Math.min(x1, view.width()) - left;
            String text = TextFit.fit(labels.label(unit, d, x1 - x0), HEADER_TEXT_SIZE, width - 6);
            // A stub of one character and "…" (a cell cut by the edge) says nothing: leave it out.
            if (!text.isEmpty() && !(text.endsWith("…") && text.length() <= 2)) {
                double textX = unit == TimeUnit.DAY ? (left + x1) / 2 : left + 4;
                list.add(new Shape.Text(textX, top + height / 2 + HEADER_TEXT_SIZE * 0.36, text, HEADER_TEXT_SIZE,
                        unit == TimeUnit.DAY ? Shape.Align.CENTER : Shape.Align.LEFT, Ink.HEADER_TEXT));
            }
        }
    }

    public RowMetrics metrics() {
        return metrics;
    }

    /** Bars and arrows only, for hit tests: the shapes a task occupies in content coordinates. */
    public static List<Bar> bars(GanttModel model, RowWindow window, BarGeometry geometry) {
        java.util.ArrayList<Bar> bars = new java.util.ArrayList<>(window.size());
        for (int r = window.first(); r < window.end(); r++) {
            Bar bar = geometry.bar(model.row(r), r);
            if (bar != null) {
                bars.add(bar);
            }
        }
        return bars;
    }
}
