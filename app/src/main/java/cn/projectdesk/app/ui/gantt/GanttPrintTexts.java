package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.export.PrintTexts;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The texts of a printout in the user's language; shared by the export dialog and the CLI. */
public final class GanttPrintTexts {
    private GanttPrintTexts() {
    }

    public static PrintTexts of(Messages messages, ProjectSummary project, LocalDate printedOn, Set<GanttColumns> columns,
                                boolean baseline) {
        Map<Ink, String> legend = new LinkedHashMap<>();
        legend.put(Ink.TASK, messages.get("gantt.legend.task"));
        legend.put(Ink.TASK_PROGRESS, messages.get("gantt.legend.progress"));
        legend.put(Ink.TASK_BEHIND, messages.get("gantt.legend.behind"));
        legend.put(Ink.SUMMARY, messages.get("gantt.legend.summary"));
        legend.put(Ink.MILESTONE, messages.get("gantt.legend.milestone"));
        if (baseline) {
            legend.put(Ink.BASELINE, messages.get("gantt.legend.baseline"));
        }
        legend.put(Ink.TODAY, messages.get("gantt.legend.today"));
        legend.put(Ink.STATUS_DATE, messages.get("gantt.legend.statusDate"));
        return new PrintTexts(messages.format("gantt.print.title", project.code(), project.name()),
                messages.format("gantt.print.printedOn", printedOn.toString()), messages.get("gantt.print.page"), legend,
                new BundleHeaderLabels(messages), GanttColumns.specs(messages, columns));
    }
}
