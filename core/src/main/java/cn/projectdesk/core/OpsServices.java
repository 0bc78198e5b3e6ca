package cn.projectdesk.core;

import cn.projectdesk.core.archive.ArchiveService;
import cn.projectdesk.core.backup.BackupService;
import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.dashboard.DashboardService;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.risk.WarningService;
import cn.projectdesk.core.store.Database;
import java.time.Clock;

/**
 * The oversight side of a data folder: backups, the archive, the warnings centre and the dashboard.
 * They read through the other services (progress, budget, WBS), which are stateless over the database,
 * so their own instances here see exactly what the screens see.
 */
public record OpsServices(BackupService backups, ArchiveService archive, WarningService warnings,
                          DashboardService dashboard) {
    public static OpsServices open(Database database, Clock clock) {
        ProjectService projects = new ProjectService(database);
        TaskService tasks = new TaskService(database);
        ProgressService progress = new ProgressService(database);
        BudgetServices budget = BudgetServices.open(database, clock);
        WarningService warnings = new WarningService(database, progress, budget, tasks, clock);
        return new OpsServices(new BackupService(database, clock), new ArchiveService(database, clock), warnings,
                new DashboardService(database, projects, tasks, progress, budget, warnings, clock));
    }
}
