package cn.projectdesk.app.ui.gantt.layout;

import cn.projectdesk.core.schedule.DependencyType;
import java.util.UUID;

/** A dependency as the chart draws it: from the predecessor to the successor. */
public record GanttLink(UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
}
