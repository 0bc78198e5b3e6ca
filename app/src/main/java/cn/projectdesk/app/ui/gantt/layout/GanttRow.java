package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the chart needs of one task: the WBS line, its progress against the status date (behind =
 * deviation over the threshold), its baseline dates if a baseline is chosen, and whether it is critical.
 */
public record GanttRow(UUID id, UUID parentId, int level, String wbsCode, String name, int durationDays,
                       LocalDate start, LocalDate finish, int percentComplete, boolean milestone, boolean summary,
                       String predecessors, boolean behind, LocalDate baselineStart, LocalDate baselineFinish,
                       boolean critical) {
    public boolean scheduled() {
        return start != null && finish != null;
    }

    public boolean hasBaseline() {
        return baselineStart != null && baselineFinish != null;
    }
}
