package cn.projectdesk.app.ui.gantt.layout;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.progress.BaselineDates;
import cn.projectdesk.core.project.PredecessorSpec;
import cn.projectdesk.core.project.TaskRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns the services' rows into what the chart draws: progress flags, baseline dates and links. */
public final class GanttRows {
    private GanttRows() {
    }

    public static List<GanttRow> rows(List<TaskRow> tasks, Set<UUID> behind, Map<UUID, BaselineDates> baseline,
                                      Set<UUID> critical) {
        List<GanttRow> rows = new ArrayList<>(tasks.size());
        for (TaskRow t : tasks) {
            BaselineDates b = baseline.get(t.id());
            rows.add(new GanttRow(t.id(), t.parentId(), t.level(), t.wbsCode(), t.name(), t.durationDays(), t.start(),
                    t.finish(), t.percentComplete(), t.milestone(), t.summary(), t.predecessors(), behind.contains(t.id()),
                    b == null ? null : b.start(), b == null ? null : b.finish(), critical.contains(t.id())));
        }
        return rows;
    }

    /**
     * The links, read back from each task's predecessors text (the only form the services expose). A text
     * that no longer parses, or names a code that is gone, draws no arrow rather than failing the chart.
     */
    public static List<GanttLink> links(List<GanttRow> rows) {
        Map<String, UUID> byCode = new HashMap<>(rows.size() * 2);
        List<GanttLink> links = new ArrayList<>();
        for (GanttRow row : rows) {
            byCode.put(row.wbsCode(), row.id());
        }
        for (GanttRow row : rows) {
            if (row.predecessors() == null || row.predecessors().isBlank()) {
                continue;
            }
            try {
                for (PredecessorSpec spec : PredecessorSpec.parse(row.predecessors())) {
                    UUID from = byCode.get(spec.wbsCode());
                    if (from != null) {
                        links.add(new GanttLink(from, row.id(), spec.type(), spec.lagDays()));
                    }
                }
            } catch (ValidationException unparsable) {
                // Core validated it when it was typed; an old or foreign text is shown without arrows.
            }
        }
        return links;
    }
}
