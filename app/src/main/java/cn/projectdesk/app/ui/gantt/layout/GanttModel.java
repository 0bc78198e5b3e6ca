package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows the chart shows (tree order, children of collapsed summaries left out) and the links
 * indexed by row, so that drawing a window of rows finds its arrows without scanning every link.
 */
public final class GanttModel {
    private final List<GanttRow> visible;
    private final Map<UUID, Integer> rowOf;
    private final List<List<GanttLink>> linksOfRow;
    private final LocalDate start;
    private final LocalDate finish;
    private final int taskCount;

    private GanttModel(List<GanttRow> all, List<GanttLink> links, Set<UUID> collapsed) {
        this.taskCount = all.size();
        this.visible = new ArrayList<>(all.size());
        int hideDeeperThan = Integer.MAX_VALUE;
        LocalDate min = null;
        LocalDate max = null;
        for (GanttRow row : all) {
            if (row.level() <= hideDeeperThan) {
                hideDeeperThan = Integer.MAX_VALUE;
                visible.add(row);
                if (row.summary() && collapsed.contains(row.id())) {
                    hideDeeperThan = row.level();
                }
            }
            if (row.scheduled()) {
                min = min == null || row.start().isBefore(min) ? row.start() : min;
                max = max == null || row.finish().isAfter(max) ? row.finish() : max;
            }
        }
        this.start = min;
        this.finish = max;
        this.rowOf = new HashMap<>(visible.size() * 2);
        for (int i = 0; i < visible.size(); i++) {
            rowOf.put(visible.get(i).id(), i);
        }
        this.linksOfRow = new ArrayList<>(Collections.nCopies(visible.size(), List.of()));
        for (GanttLink link : links) {
            Integer from = rowOf.get(link.predecessorId());
            Integer to = rowOf.get(link.successorId());
            if (from != null && to != null) {
                add(from, link);
                if (!from.equals(to)) {
                    add(to, link);
                }
            }
        }
    }

    public static GanttModel of(List<GanttRow> rows, List<GanttLink> links, Set<UUID> collapsed) {
        return new GanttModel(rows, links, collapsed);
    }

    private void add(int row, GanttLink link) {
        List<GanttLink> list = linksOfRow.get(row);
        if (list.isEmpty()) {
            list = new ArrayList<>(2);
            linksOfRow.set(row, list);
        }
        list.add(link);
    }

    public int rowCount() {
        return visible.size();
    }

    /** All tasks, shown or inside a collapsed summary. */
    public int taskCount() {
        return taskCount;
    }

    public GanttRow row(int index) {
        return visible.get(index);
    }

    public List<GanttRow> rows() {
        return Collections.unmodifiableList(visible);
    }

    /** The shown row of a task, or -1 when it is hidden in a collapsed summary or unknown. */
    public int indexOf(UUID taskId) {
        Integer index = rowOf.get(taskId);
        return index == null ? -1 : index;
    }

    /** Links that start or end on this row. */
    public List<GanttLink> linksOf(int row) {
        return linksOfRow.get(row);
    }

    /** The earliest start of any task, or null when nothing is scheduled. */
    public LocalDate start() {
        return start;
    }

    public LocalDate finish() {
        return finish;
    }
}
