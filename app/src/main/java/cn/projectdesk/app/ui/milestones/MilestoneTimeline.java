package cn.projectdesk.app.ui.milestones;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio timeline: one lane per group (project or department), every milestone a diamond in
 * its status colour with its name. The header, shading and today line come from the Gantt's builder
 * run over no tasks, so both timelines read alike.
 */
public final class MilestoneTimeline {
    public static final double LANE = 34;
    public static final double GROUP_WIDTH = 220;
    private final RowMetrics metrics = new RowMetrics(LANE, 44);
    private final HeaderLabels labels;

    public MilestoneTimeline(HeaderLabels labels) {
        this.labels = labels;
    }

    public static Ink ink(MilestoneStatus status) {
        return switch (status) {
            case DONE -> Ink.MILESTONE_DONE;
            case OVERDUE -> Ink.MILESTONE_OVERDUE;
            case DUE_SOON -> Ink.MILESTONE_DUE_SOON;
            case OPEN -> Ink.MILESTONE;
        };
    }

    public double height(int groups) {
        return metrics.headerHeight() + Math.max(1, groups) * LANE;
    }

    /** Draws all lanes over the whole range; a portfolio has tens of lanes, not thousands. */
    public DisplayList build(Map<String, List<MilestoneItem>> groups, TimeScale scale, double chartWidth, LocalDate today) {
        DisplayList list = new DisplayList();
        double height = height(groups.size());
        GanttModel none = GanttModel.of(List.of(), List.of(), java.util.Set.of());
        DisplayList chart = new ChartSceneBuilder(metrics, labels).build(none, scale, new Viewport(0, 0, chartWidth, height),
                new ChartOptions(today, null, false, false, -1, null));
        list.addAll(chart, GROUP_WIDTH, 0);
        list.add(new Shape.Rect(0, 0, GROUP_WIDTH, height, Ink.BACKGROUND));
        list.add(new Shape.Rect(0, 0, GROUP_WIDTH, metrics.headerHeight(), Ink.HEADER_BACKGROUND));
        int lane = 0;
        for (Map.Entry<String, List<MilestoneItem>> group : groups.entrySet()) {
            double top = metrics.headerHeight() + lane * LANE;
            double mid = top + LANE / 2;
            list.add(new Shape.Line(0, top + LANE, GROUP_WIDTH + chartWidth, top + LANE, Ink.GRID));
            list.add(new Shape.Text(8, mid + 4, TextFit.fit(group.getKey(), 12, GROUP_WIDTH - 14), 12, Shape.Align.LEFT,
                    Ink.TABLE_TEXT_BOLD));
            boolean up = true;
            double[] free = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (MilestoneItem m : group.getValue()) {
                if (m.date() == null) {
                    continue;
                }
                double x = GROUP_WIDTH + scale.endX(m.date());
                list.add(new Shape.Diamond(x, mid, 11, ink(m.status(today))));
                // Labels alternate above and below the diamond; one that would overlap its neighbour is left out.
                String label = TextFit.fit(m.name(), 10, 150);
                int line = up ? 0 : 1;
                if (x + 8 >= free[line]) {
                    list.add(new Shape.Text(x + 8, up ? mid - 4 : mid + 12, label, 10, Shape.Align.LEFT, Ink.LABEL));
                    free[line] = x + 8 + TextFit.width(label, 10) + 4;
                }
                up = !up;
            }
            lane++;
        }
        list.add(new Shape.Line(GROUP_WIDTH, 0, GROUP_WIDTH, height, Ink.HEADER_LINE));
        return list;
    }
}
