package cn.projectdesk.core;

import cn.projectdesk.core.audit.AuditService;
import cn.projectdesk.core.calendar.HolidayService;
import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.interop.MsProjectImportService;
import cn.projectdesk.core.budget.PaymentApprovalEffect;
import cn.projectdesk.core.interop.ledger.LedgerService;
import cn.projectdesk.core.lifecycle.LifecycleServices;
import cn.projectdesk.core.org.OrgUnitService;
import cn.projectdesk.core.progress.BaselineService;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.project.ProjectService;
import cn.projectdesk.core.resource.ResourceService;
import cn.projectdesk.core.risk.ScheduleRiskService;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.report.FormService;
import cn.projectdesk.core.security.AuthenticationService;
import cn.projectdesk.core.security.RoleAdminService;
import cn.projectdesk.core.security.TotpService;
import cn.projectdesk.core.security.UserAdminService;
import cn.projectdesk.core.setup.SetupService;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEffects;
import cn.projectdesk.core.workflow.ApprovalService;
import cn.projectdesk.core.workflow.RequestType;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything the app and the CLI may call, over one open data folder. This is the whole surface of
 * core towards the UI: services taking a {@code UserSession} and returning records.
 */
public record CoreServices(Database database, SetupService setup, AuthenticationService authentication,
                           OrgUnitService orgUnits, ProjectService projects, TaskService tasks,
                           AuditService audit, ProgressService progress, BaselineService baselines,
                           ResourceService resources, UserAdminService users, RoleAdminService roles,
                           HolidayService holidays, BudgetServices budget, LedgerService ledger,
                           ApprovalService approvals, ScheduleRiskService risk,
                           MsProjectImportService msProject, LifecycleServices lifecycle,
                           OpsServices ops, FormService forms,
                           TotpService totp) implements AutoCloseable {

    public static CoreServices open(Path dataFolder) {
        Database database = Database.open(dataFolder);
        ApprovalEffects effects = ApprovalEffects.standard()
                .register(RequestType.PAYMENT, new PaymentApprovalEffect());
        ApprovalService approvals = new ApprovalService(database, effects, Clock.systemUTC());
        return new CoreServices(database, new SetupService(database), new AuthenticationService(database, Clock.systemUTC()),
                new OrgUnitService(database), new ProjectService(database), new TaskService(database),
                new AuditService(database), new ProgressService(database), new BaselineService(database),
                new ResourceService(database), new UserAdminService(database), new RoleAdminService(database),
                new HolidayService(database), BudgetServices.open(database, Clock.systemUTC()), LedgerService.open(database),
                approvals,
                new ScheduleRiskService(database), new MsProjectImportService(database),
                LifecycleServices.open(database, effects, Clock.systemUTC()),
                OpsServices.open(database, Clock.systemUTC()),
                new FormService(database, approvals, Clock.systemUTC()),
                new TotpService(database, Clock.systemUTC()));
    }

    /** The sync conflicts of this node (stateless, so not a component). */
    public cn.projectdesk.core.conflict.ConflictService conflicts() {
        return new cn.projectdesk.core.conflict.ConflictService(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
