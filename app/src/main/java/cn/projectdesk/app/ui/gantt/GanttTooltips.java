package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.i18n.Messages;

/** The tooltip of a bar: what a planner checks before touching it. */
final class GanttTooltips {
    private final Messages messages;

    GanttTooltips(Messages messages) {
        this.messages = messages;
    }

    String of(GanttRow row, cn.projectdesk.core.project.TaskConstraint constraint) {
        StringBuilder text = new StringBuilder(row.wbsCode()).append("  ").append(row.name()).append('\n');
        text.append(messages.format("gantt.tooltip.dates", Formats.date(row.start()), Formats.date(row.finish()),
                row.durationDays(), row.percentComplete()));
        if (row.hasBaseline()) {
            text.append('\n').append(messages.format("gantt.tooltip.baseline", Formats.date(row.baselineStart()),
                    Formats.date(row.baselineFinish())));
        }
        if (row.predecessors() != null && !row.predecessors().isBlank()) {
            text.append('\n').append(messages.format("gantt.tooltip.predecessors", row.predecessors()));
        }
        if (constraint != null && constraint.date() != null) {
            text.append('\n').append(messages.format("gantt.tooltip.constraint",
                    messages.get("gantt.constraint." + constraint.type().name().toLowerCase(java.util.Locale.ROOT)),
                    Formats.date(constraint.date())));
        }
        if (row.behind()) {
            text.append('\n').append(messages.get("gantt.tooltip.behind"));
        }
        return text.toString();
    }
}
