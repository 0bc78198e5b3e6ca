package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.GanttLink;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.GanttRows;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.progress.BaselineDates;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskFloat;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.schedule.WorkingCalendar;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One project's Gantt as read from the services in one go: tasks, progress at the status date,
 * the baselines and the dates of the chosen one. Plain Java, so the CLI export loads it the same way.
 */
public record GanttData(ProjectSummary project, List<GanttRow> rows, List<GanttLink> links, LocalDate statusDate,
                        List<BaselineSummary> baselines, UUID baselineId, Map<UUID, TaskConstraint> constraints,
                        WorkingCalendar calendar) {

    /** Whether a day is worked in the project's calendar; days outside the calendar's range count as worked. */
    public boolean workingDay(LocalDate day) {
        return day.getYear() < 2000 || day.getYear() > 2099 || calendar.isWorkingDay(day);
    }


    /** Loads everything; {@code baselineId} null means the latest baseline, if there is one. */
    public static GanttData load(CoreServices core, UserSession user, UUID projectId, UUID baselineId, boolean anyBaseline) {
        ProjectSummary project = core.projects().get(user, projectId);
        List<TaskRow> tasks = core.tasks().tasks(user, projectId);
        List<BaselineSummary> baselines = core.baselines().list(user, projectId);
        UUID chosen = baselineId;
        if (chosen == null && anyBaseline && !baselines.isEmpty()) {
            chosen = baselines.get(baselines.size() - 1).id();
        }
        ProgressReport report = core.progress().report(user, projectId, null);
        Set<UUID> behind = report.rows().stream().filter(r -> r.progress().behind()).map(ProgressReport.Row::taskId)
                .collect(Collectors.toSet());
        Map<UUID, BaselineDates> dates = new HashMap<>();
        if (chosen != null) {
            core.baselines().dates(user, projectId, chosen).forEach(d -> dates.put(d.taskId(), d));
        }
        // the critical path (total float <= 0) from the CPM engine
        Set<UUID> critical = core.tasks().analysis(user, projectId).stream().filter(TaskFloat::critical)
                .map(TaskFloat::taskId).collect(Collectors.toSet());
        List<GanttRow> rows = GanttRows.rows(tasks, behind, dates, critical);
        List<GanttLink> links = GanttRows.links(rows);
        return new GanttData(project, rows, links, report.statusDate(), baselines, chosen,
                core.tasks().constraints(user, projectId), core.tasks().calendar(user, projectId));
    }
}
