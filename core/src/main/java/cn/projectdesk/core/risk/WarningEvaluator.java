package cn.projectdesk.core.risk;

import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.budget.BudgetWarning;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.schedule.WorkingCalendar;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestStatus;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.schedule.DurationDistribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs every rule over the given projects and returns what it found; it writes nothing. Each rule
 * asks the service that owns the figures (progress report, budget ledger, WBS, contracts), so a
 * warning always agrees with the screen it points to.
 */
final class WarningEvaluator {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** enough for a stable percentage to one decimal (the run takes milliseconds per project) */
    static final int MONTE_CARLO_ITERATIONS = 2000;

    private final Database database;
    private final ProgressService progress;
    private final BudgetServices budget;
    private final TaskService tasks;
    private final ScheduleRiskService monteCarlo;

    WarningEvaluator(Database database, ProgressService progress, BudgetServices budget, TaskService tasks) {
        this.database = database;
        this.progress = progress;
        this.budget = budget;
        this.tasks = tasks;
        this.monteCarlo = new ScheduleRiskService(database);
    }

    List<Finding> evaluate(UserSession user, List<UUID> projectIds, RiskSettings settings, LocalDate today) {
        List<Finding> found = new ArrayList<>();
        for (UUID id : projectIds) {
            schedule(user, id, settings, found);
            overspend(user, id, found);
            milestones(user, id, settings, today, found);
            contracts(user, id, settings, today, found);
            onTime(user, id, settings, found);
            operationCover(user, id, settings, today, found);
        }
        approvals(projectIds, today, found);
        return found;
    }

    private void schedule(UserSession user, UUID projectId, RiskSettings settings, List<Finding> out) {
        ProgressReport report = progress.report(user, projectId, null);
        BigDecimal deviation = report.totals().deviation();
        if (deviation != null && deviation.compareTo(settings.deviationPoints()) > 0) {
            boolean severe = deviation.compareTo(settings.deviationPoints().multiply(BigDecimal.valueOf(2))) > 0;
            out.add(new Finding(projectId, WarningRule.SCHEDULE_DEVIATION, "project", report.projectCode(),
                    severe ? WarningSeverity.HIGH : WarningSeverity.MEDIUM, plain(deviation),
                    plain(settings.deviationPoints()), report.statusDate()));
        }
    }

    private void overspend(UserSession user, UUID projectId, List<Finding> out) {
        ProjectBudget ledger = budget.lines().ledger(user, projectId);
        for (BudgetWarning w : ledger.warnings()) {
            String key = clip(w.kind().name() + ":" + w.subject(), 200);
            WarningSeverity severity = w.kind() == BudgetWarning.Kind.LINE_PAID_OVER ? WarningSeverity.HIGH : WarningSeverity.MEDIUM;
            // the kind stays in the key (a line can be over on contracts and on payments at once); the subject names the line or contract
            out.add(new Finding(projectId, WarningRule.OVERSPEND, key, clip(w.subject(), 400),
                    severity, w.percentOver() == null ? plain(w.actual()) : plain(w.percentOver()),
                    plain(ledger.thresholdPercent()), null));
        }
    }

    private void milestones(UserSession user, UUID projectId, RiskSettings settings, LocalDate today, List<Finding> out) {
        for (TaskRow t : tasks.tasks(user, projectId)) {
            if (!t.milestone() || t.summary() || t.percentComplete() >= 100 || t.finish() == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, t.finish());
            String subject = clip(t.wbsCode() + " " + t.name(), 400);
            if (days < 0) {
                out.add(new Finding(projectId, WarningRule.MILESTONE_OVERDUE, "task:" + t.id(), subject, WarningSeverity.HIGH,
                        Long.toString(-days), "0", t.finish()));
            } else if (days <= settings.milestoneDueDays()) {
                out.add(new Finding(projectId, WarningRule.MILESTONE_DUE, "task:" + t.id(), subject, WarningSeverity.LOW,
                        Long.toString(days), Integer.toString(settings.milestoneDueDays()), t.finish()));
            }
        }
    }

    private void contracts(UserSession user, UUID projectId, RiskSettings settings, LocalDate today, List<Finding> out) {
        for (ContractRow c : budget.contracts().contracts(user, projectId)) {
            String subject = clip(c.contractNo() + " " + c.title(), 400);
            expiring(projectId, WarningRule.CONTRACT_EXPIRING, "contract:" + c.id(), subject, c.termEnd(), settings, today, out);
            expiring(projectId, WarningRule.WARRANTY_EXPIRING, "warranty:" + c.id(), subject, c.warrantyEnd(), settings, today, out);
        }
    }

    private static void expiring(UUID projectId, WarningRule rule, String key, String subject, LocalDate end,
                                 RiskSettings settings, LocalDate today, List<Finding> out) {
        if (end == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, end);
        if (days >= 0 && days <= settings.expiryDays()) {
            out.add(new Finding(projectId, rule, key, subject, days <= 7 ? WarningSeverity.MEDIUM : WarningSeverity.LOW,
                    Long.toString(days), Integer.toString(settings.expiryDays()), end));
        }
    }

    /**
     * Monte Carlo over the project's three-point estimates: the chance of finishing by the project's planned
     * finish. Seeded by the project code, so the same plan gives the same figure on every run, machine and
     * synced copy (ids differ between data folders, codes do not).
     * Projects without estimates (nothing uncertain) or without a planned finish are not judged.
     */
    private void onTime(UserSession user, UUID projectId, RiskSettings settings, List<Finding> out) {
        Project project = database.read(s -> s.get(Project.class, projectId));
        LocalDate target = project.getPlannedFinish();
        if (target == null) {
            return;
        }
        ScheduleRiskReport report;
        try {
            report = monteCarlo.analyse(user, projectId, MONTE_CARLO_ITERATIONS, seed(project.getCode()),
                    DurationDistribution.PERT, target);
        } catch (ValidationException noTasks) {
            return;
        }
        if (report.estimatedTasks() == 0 || report.probabilityByTarget() == null) {
            return;
        }
        BigDecimal percent = BigDecimal.valueOf(report.probabilityByTarget() * 100).setScale(1, RoundingMode.HALF_UP);
        BigDecimal threshold = BigDecimal.valueOf(settings.onTimePercent());
        if (percent.compareTo(threshold) < 0) {
            boolean severe = percent.multiply(BigDecimal.valueOf(2)).compareTo(threshold) < 0;
            out.add(new Finding(projectId, WarningRule.SCHEDULE_RISK, "project", report.projectCode() + " P80 " + report.p80(),
                    severe ? WarningSeverity.HIGH : WarningSeverity.MEDIUM, plain(percent), plain(threshold), target));
        }
    }

    static long seed(String projectCode) {
        return 0x5EED_0000_0000L ^ projectCode.hashCode();
    }

    /**
     * A project in 运维 is covered while one of its contracts runs; the cover ends with the latest term end.
     * Warn when that day is within the window, and (high) when it has passed: the system runs unmaintained.
     */
    private void operationCover(UserSession user, UUID projectId, RiskSettings settings, LocalDate today, List<Finding> out) {
        boolean operating = database.read(s -> s.get(Project.class, projectId).getStage() == LifecycleStage.OPERATION);
        if (!operating) {
            return;
        }
        List<ContractRow> contracts = budget.contracts().contracts(user, projectId);
        contracts.stream().filter(c -> c.termEnd() != null).max(java.util.Comparator.comparing(ContractRow::termEnd))
                .ifPresent(last -> {
                    long days = ChronoUnit.DAYS.between(today, last.termEnd());
                    if (days <= settings.expiryDays()) {
                        WarningSeverity severity = days < 0 ? WarningSeverity.HIGH
                                : days <= 7 ? WarningSeverity.MEDIUM : WarningSeverity.LOW;
                        out.add(new Finding(projectId, WarningRule.OM_EXPIRING, "om", clip(last.contractNo() + " "
                                + last.title(), 400), severity, Long.toString(days), Integer.toString(settings.expiryDays()),
                                last.termEnd()));
                    }
                });
    }

    /**
     * Pending steps waiting longer than their flow allows, in working days of the project's calendar,
     * for every request of the evaluated projects (the approvals inbox shows only one's own).
     */
    private void approvals(List<UUID> projectIds, LocalDate today, List<Finding> out) {
        if (projectIds.isEmpty()) {
            return;
        }
        database.read(s -> {
            Map<UUID, WorkingCalendar> calendars = new HashMap<>();
            List<ApprovalRequest> pending = s.createSelectionQuery("from ApprovalRequest r join fetch r.project p "
                            + "where r.deleted = false and r.status = :st and p.id in :ids", ApprovalRequest.class)
                    .setParameter("st", RequestStatus.PENDING).setParameter("ids", projectIds).getResultList();
            for (ApprovalRequest r : pending) {
                if (r.getStepSince() == null) {
                    continue;
                }
                Project p = r.getProject();
                WorkingCalendar calendar = calendars.computeIfAbsent(p.getId(), id -> ProjectScheduling.calendar(s, p));
                int waiting = calendar.workingDaysBetween(r.getStepSince().atZone(ZONE).toLocalDate(), today);
                if (waiting > r.getDueWorkingDays()) {
                    WarningSeverity severity = waiting > 2 * r.getDueWorkingDays() ? WarningSeverity.HIGH : WarningSeverity.MEDIUM;
                    out.add(new Finding(p.getId(), WarningRule.APPROVAL_OVERDUE, "request:" + r.getId(),
                            clip(r.getCode() + " " + r.getTitle(), 400), severity, Integer.toString(waiting),
                            Integer.toString(r.getDueWorkingDays()), null));
                }
            }
            return null;
        });
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
