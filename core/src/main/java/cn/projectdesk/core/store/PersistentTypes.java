package cn.projectdesk.core.store;

import cn.projectdesk.core.budget.BudgetAdjustment;
import cn.projectdesk.core.budget.BudgetCode;
import cn.projectdesk.core.budget.BudgetLine;
import cn.projectdesk.core.budget.Contract;
import cn.projectdesk.core.budget.Payment;
import cn.projectdesk.core.calendar.CalendarException;
import cn.projectdesk.core.calendar.HolidayDayEntry;
import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.progress.Baseline;
import cn.projectdesk.core.progress.BaselineTask;
import cn.projectdesk.core.resource.Assignment;
import cn.projectdesk.core.resource.Resource;
import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.report.FormPrint;
import cn.projectdesk.core.report.UserSignature;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Role;
import cn.projectdesk.core.security.TotpEnrolment;
import cn.projectdesk.core.workflow.ApprovalAction;
import cn.projectdesk.core.workflow.ApprovalDelegation;
import cn.projectdesk.core.workflow.ApprovalFlow;
import cn.projectdesk.core.workflow.ApprovalFlowStep;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.ApprovalRequestStep;
import java.util.List;

/** Every mapped entity; a test checks that each has a migration table and a captured write path. */
public final class PersistentTypes {
    public static final List<Class<?>> ALL = List.of(
            OrgUnit.class, Role.class, AppUser.class, WorkCalendar.class, CalendarException.class,
            Project.class, Task.class, Dependency.class, Baseline.class, BaselineTask.class,
            Resource.class, Assignment.class, HolidayDayEntry.class,
            BudgetCode.class, BudgetLine.class, BudgetAdjustment.class, Contract.class, Payment.class,
            ApprovalFlow.class, ApprovalFlowStep.class, ApprovalRequest.class, ApprovalRequestStep.class,
            ApprovalAction.class, ApprovalDelegation.class,
            cn.projectdesk.core.lifecycle.StageGateItem.class, cn.projectdesk.core.lifecycle.GateConfirmation.class,
            cn.projectdesk.core.lifecycle.StageTransition.class, cn.projectdesk.core.library.LibraryCandidate.class,
            cn.projectdesk.core.change.ChangeRequest.class, cn.projectdesk.core.change.ChangeItem.class,
            cn.projectdesk.core.acceptance.Expert.class, cn.projectdesk.core.acceptance.Acceptance.class,
            cn.projectdesk.core.acceptance.AcceptanceCheck.class, cn.projectdesk.core.acceptance.AcceptancePanelist.class,
            cn.projectdesk.core.acceptance.Rectification.class,
            cn.projectdesk.core.performance.PerformanceEvaluation.class,
            cn.projectdesk.core.performance.PerformanceIndicator.class,
            cn.projectdesk.core.archive.ArchiveDocument.class, cn.projectdesk.core.risk.RiskWarning.class,
            FormPrint.class, UserSignature.class,
            TotpEnrolment.class);

    private PersistentTypes() {
    }
}
