package cn.projectdesk.app.ui.resources;

import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.ChartSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.HeaderLabels;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TextFit;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.layout.Viewport;
import cn.projectdesk.core.resource.DayLoad;
import cn.projectdesk.core.resource.ResourceUsage;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The resource usage chart: one lane per resource with its daily load (all projects) as a histogram,
 * days above its capacity in red, and the capacity as a line. The time header comes from the Gantt's
 * builder, so both charts read alike. Plain layout (no JavaFX): drawn by the canvas painter, tested bare.
 */
public final class ResourceHistogram {
    public static final double LANE = 58;
    public static final double NAME_WIDTH = 220;
    static final double HEADER = 44;
    /** Room above the highest bar of a lane, and below the lane's line. */
    static final double PAD = 8;
    private final RowMetrics metrics = new RowMetrics(LANE, HEADER);
    private final HeaderLabels labels;
    private final Function<ResourceUsage, String> caption;

    /** {@code caption}: the second line under a resource's name (kind, capacity), already translated. */
    public ResourceHistogram(HeaderLabels labels, Function<ResourceUsage, String> caption) {
        this.labels = labels;
        this.caption = caption;
    }

    /** Where the pointer is: a resource's lane and a day, or null outside the bars' area. */
    public record Hit(int lane, LocalDate day) {
    }

    public double height(int lanes) {
        return HEADER + Math.max(1, lanes) * LANE;
    }

    /**
     * The date axis alone (two tiers from the zoom, as the Gantt's header, and the name column's title),
     * drawn on a strip pinned above the lanes so that the dates stay in view while lanes scroll.
     */
    public DisplayList axis(TimeScale scale, double chartWidth, LocalDate today, String namesTitle) {
        DisplayList list = new DisplayList();
        GanttModel none = GanttModel.of(List.of(), List.of(), java.util.Set.of());
        list.addAll(new ChartSceneBuilder(metrics, labels).build(none, scale, new Viewport(0, 0, chartWidth, HEADER),
                new ChartOptions(today, null, false, false, -1, null)), NAME_WIDTH, 0);
        list.add(new Shape.Rect(0, 0, NAME_WIDTH, HEADER, Ink.HEADER_BACKGROUND));
        list.add(new Shape.Text(8, HEADER / 2 + 12 * 0.36, TextFit.fit(namesTitle, 12, NAME_WIDTH - 14), 12, Shape.Align.LEFT,
                Ink.TABLE_HEADER_TEXT));
        list.add(new Shape.Line(NAME_WIDTH, 0, NAME_WIDTH, HEADER, Ink.HEADER_LINE));
        list.add(new Shape.Line(0, HEADER - 0.5, NAME_WIDTH + chartWidth, HEADER - 0.5, Ink.HEADER_LINE));
        return list;
    }

    public DisplayList build(List<ResourceUsage> usage, TimeScale scale, double chartWidth, LocalDate today, int selectedLane) {
        DisplayList list = new DisplayList();
        double height = height(usage.size());
        GanttModel none = GanttModel.of(List.of(), List.of(), java.util.Set.of());
        list.addAll(new ChartSceneBuilder(metrics, labels).build(none, scale, new Viewport(0, 0, chartWidth, height),
                new ChartOptions(today, null, false, false, -1, null)), NAME_WIDTH, 0);
        list.add(new Shape.Rect(0, 0, NAME_WIDTH, height, Ink.BACKGROUND));
        list.add(new Shape.Rect(0, 0, NAME_WIDTH, HEADER, Ink.HEADER_BACKGROUND));
        for (int lane = 0; lane < usage.size(); lane++) {
            lane(list, usage.get(lane), lane, scale, chartWidth, lane == selectedLane);
        }
        list.add(new Shape.Line(NAME_WIDTH, 0, NAME_WIDTH, height, Ink.HEADER_LINE));
        return list;
    }

    private void lane(DisplayList list, ResourceUsage u, int lane, TimeScale scale, double chartWidth, boolean selected) {
        double top = HEADER + lane * LANE;
        if (selected) {
            list.add(new Shape.Rect(0, top, NAME_WIDTH + chartWidth, LANE, Ink.ROW_SELECTED));
        }
        list.add(new Shape.Line(0, top + LANE, NAME_WIDTH + chartWidth, top + LANE, Ink.GRID));
        list.add(new Shape.Text(8, top + 22, TextFit.fit(u.resource().name(), 12, NAME_WIDTH - 14), 12, Shape.Align.LEFT,
                Ink.TABLE_TEXT_BOLD));
        list.add(new Shape.Text(8, top + 40, TextFit.fit(caption.apply(u), 11, NAME_WIDTH - 14), 11, Shape.Align.LEFT,
                Ink.TABLE_TEXT));
        double full = fullScale(u);
        double base = top + LANE - 2;
        // Equal neighbouring days make one bar: fewer shapes, and the histogram reads as steps.
        List<DayLoad> days = u.days();
        int i = 0;
        while (i < days.size()) {
            DayLoad d = days.get(i);
            int j = i + 1;
            while (j < days.size() && days.get(j).units() == d.units()) {
                j++;
            }
            if (d.units() > 0) {
                double x = NAME_WIDTH + scale.x(d.date());
                double w = scale.x(days.get(j - 1).date()) + scale.pxPerDay() - scale.x(d.date());
                double h = barHeight(d.units(), full);
                list.add(new Shape.Rect(x, base - h, Math.max(1, w), h, d.over() ? Ink.TASK_BEHIND_PROGRESS : Ink.TASK));
            }
            i = j;
        }
        if (u.resource().kind().isBookable()) {
            double y = base - barHeight(u.resource().maxUnits(), full);
            list.add(new Shape.Line(NAME_WIDTH, y, NAME_WIDTH + chartWidth, y, Ink.STATUS_DATE));
        }
    }

    /** Units at the top of a lane: the capacity or the peak, whichever is higher, with a little room. */
    static double fullScale(ResourceUsage u) {
        return Math.max(1, Math.max(u.resource().maxUnits(), u.peakUnits())) * 1.15;
    }

    static double barHeight(int units, double full) {
        return (LANE - 2 - PAD) * units / full;
    }

    /** The lane and day under (x, y) in chart coordinates, or null over the names, the header or beyond. */
    public Hit hit(List<ResourceUsage> usage, TimeScale scale, double x, double y) {
        if (x < NAME_WIDTH || y < HEADER) {
            return null;
        }
        int lane = (int) Math.floor((y - HEADER) / LANE);
        if (lane >= usage.size()) {
            return null;
        }
        return new Hit(lane, scale.dateAt(x - NAME_WIDTH));
    }
}
