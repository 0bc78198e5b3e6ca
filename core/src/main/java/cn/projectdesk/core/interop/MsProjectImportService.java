package cn.projectdesk.core.interop;

import cn.projectdesk.core.calendar.CalendarException;
import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.progress.Baseline;
import cn.projectdesk.core.progress.BaselineTask;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.hibernate.Session;
import org.mpxj.ProjectFile;

/**
 * MS Project files in and out: an import creates a new project with its WBS, links, calendar,
 * constraints, progress and baselines in one transaction (all change-captured, nothing written when
 * anything fails); the export writes MSPDI XML through MPXJ.
 */
public final class MsProjectImportService {
    private final Database database;

    public MsProjectImportService(Database database) {
        this.database = database;
    }

    /**
     * @param code       project number, or null to allocate the next one
     * @param department org unit of the new project, or null for the user's own
     * @param progress   told 0..1 as the import advances (may be called from this thread only)
     * @throws ProjectFileException when the file cannot be read or scheduled, naming file and reason
     */
    public MsProjectImportResult importFile(UserSession user, Path file, String code, UUID department,
                                            DoubleConsumer progress) throws ProjectFileException {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        DoubleConsumer report = progress == null ? p -> { } : progress;
        report.accept(0.05);
        ProjectFile source = MsProjectReader.read(file);
        report.accept(0.4);
        ImportedPlan plan;
        try {
            plan = MsProjectImport.read(source, baseName(file));
        } catch (RuntimeException e) {
            throw new ProjectFileException(file, "cannot be mapped: " + e.getMessage(), e);
        }
        report.accept(0.5);
        ProjectDraft draft = new ProjectDraft(code, cut(plan.name(), 200), ProjectType.OTHER,
                department != null ? department : user.orgUnitId(), plan.start().getYear(), null,
                LifecycleStage.PLANNING, ProjectStatus.ACTIVE, plan.start(), null, null,
                "MS Project: " + cut(file.getFileName().toString(), 900));
        try {
            MsProjectImportResult result = database.inTransaction(user.username(), s -> write(s, user, draft, plan, report));
            report.accept(1.0);
            return result;
        } catch (DependencyCycleException e) {
            throw new ProjectFileException(file, e.getMessage(), e);
        }
    }

    private static MsProjectImportResult write(Session s, UserSession user, ProjectDraft draft, ImportedPlan plan,
                                               DoubleConsumer report) {
        Project project = ProjectService.createIn(s, user, draft);
        project.setCalendar(calendar(s, plan.calendar()));
        List<Task> tasks = new ArrayList<>(plan.tasks().size());
        Map<Integer, Integer> children = new HashMap<>();
        for (ImportedPlan.Task t : plan.tasks()) {
            Task parent = t.parent() < 0 ? null : tasks.get(t.parent());
            Task task = new Task(project, parent, children.merge(t.parent(), 1, Integer::sum) - 1, t.name());
            task.setDurationDays(t.durationDays());
            task.setMilestone(t.milestone());
            task.setConstraint(new TaskConstraint(t.constraint(), t.constraintDate()));
            task.setPercentComplete(t.percentComplete());
            task.setActualStart(t.actualStart());
            task.setActualFinish(t.actualFinish());
            task.setPlannedCost(t.plannedCost());
            task.setActualCost(t.actualCost());
            task.setNotes(t.notes());
            s.persist(task);
            tasks.add(task);
        }
        report.accept(0.7);
        for (ImportedPlan.Link l : plan.links()) {
            s.persist(new Dependency(project, tasks.get(l.predecessor()), tasks.get(l.successor()), l.type(), l.lagDays()));
        }
        s.flush();
        ProjectScheduling.replan(s, project);
        report.accept(0.85);
        LocalDate finish = null;
        int asInFile = 0;
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            ImportedPlan.Task source = plan.tasks().get(i);
            asInFile += Objects.equals(t.getStart(), source.msStart()) && Objects.equals(t.getFinish(), source.msFinish()) ? 1 : 0;
            finish = finish == null || (t.getFinish() != null && t.getFinish().isAfter(finish)) ? t.getFinish() : finish;
        }
        project.setPlannedFinish(finish);
        for (ImportedPlan.Baseline b : plan.baselines()) {
            Baseline baseline = new Baseline(project, b.name(), LocalDate.now());
            s.persist(baseline);
            b.tasks().forEach((index, row) -> s.persist(new BaselineTask(baseline, tasks.get(index), row.start(),
                    row.finish(), row.durationDays(), row.cost())));
        }
        s.flush();
        return new MsProjectImportResult(project.getId(), project.getCode(), project.getName(), tasks.size(),
                plan.links().size(), plan.baselines().size(), plan.calendar().exceptions().size(), asInFile, plan.warnings());
    }

    /** Writes the project's plan as MSPDI XML (MS Project and MPXJ read it back with the same dates). */
    public void exportFile(UserSession user, UUID projectId, Path target) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        database.read(s -> {
            Project project = s.get(Project.class, projectId);
            if (project == null || project.isDeleted()) {
                throw new cn.projectdesk.core.domain.NotFoundException("project " + projectId);
            }
            AccessPolicy.requireInScope(user, Permission.PROJECT_VIEW, project.getDepartment().getPath(), project.getCode());
            try {
                MsProjectExport.write(s, project, target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
            return null;
        });
    }

    private static WorkCalendar calendar(Session s, ImportedPlan.Calendar c) {
        WorkCalendar calendar = new WorkCalendar(cut("MS Project: " + c.name(), 100));
        calendar.setWorkingWeekdays(c.weekdays());
        calendar.setWorkingHours(c.dayStart(), c.dayFinish());
        // the file's exceptions are its holidays; adding China's on top would move its dates
        calendar.setStatutoryHolidays(false);
        s.persist(calendar);
        c.exceptions().forEach((date, working) -> s.persist(new CalendarException(calendar, date, working,
                c.exceptionNames().get(date))));
        return calendar;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
