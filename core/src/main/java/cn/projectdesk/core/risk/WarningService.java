package cn.projectdesk.core.risk;

import cn.projectdesk.core.budget.BudgetServices;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.progress.ProgressService;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The warnings centre (风险预警): evaluates the rules over the projects a user may see and keeps one
 * warning per condition (project, rule, subject) until it is closed; found again, the warning is
 * refreshed rather than repeated; no longer found, it is marked as cleared but stays until someone
 * closes it. Lifecycle: the project's owner or an approver acknowledges and records the
 * rectification; an approver (section chief and up) closes it.
 */
public final class WarningService {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String LAST_DAILY_SETTING = "risk.lastDailyEvaluation";

    private final Database database;
    private final WarningEvaluator evaluator;
    private final Clock clock;

    public WarningService(Database database, ProgressService progress, BudgetServices budget, TaskService tasks, Clock clock) {
        this.database = database;
        this.evaluator = new WarningEvaluator(database, progress, budget, tasks);
        this.clock = clock;
    }

    public RiskSettings settings() {
        var s = database.settings();
        return new RiskSettings(
                s.get(ProgressService.THRESHOLD_SETTING).map(BigDecimal::new).orElse(ProgressService.DEFAULT_THRESHOLD),
                s.get(cn.projectdesk.core.budget.BudgetService.THRESHOLD_SETTING).map(BigDecimal::new)
                        .orElse(cn.projectdesk.core.budget.BudgetService.DEFAULT_THRESHOLD),
                s.get(RiskSettings.MILESTONE_DAYS_SETTING).map(Integer::parseInt).orElse(RiskSettings.DEFAULT_MILESTONE_DAYS),
                s.get(RiskSettings.EXPIRY_DAYS_SETTING).map(Integer::parseInt).orElse(RiskSettings.DEFAULT_EXPIRY_DAYS),
                s.get(RiskSettings.ON_TIME_PERCENT_SETTING).map(Integer::parseInt).orElse(RiskSettings.DEFAULT_ON_TIME_PERCENT));
    }

    /**
     * Sets every threshold at once (administrators): deviation points and overspend percent (shared with
     * the progress report and the budget ledger), the two day windows and the on-time probability. All
     * are checked before any is written, so a bad value changes nothing.
     */
    public void setThresholds(UserSession user, RiskSettings t) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!percent(t.deviationPoints())) {
            errors.put("deviationPoints", "validation.percent.range");
        }
        if (!percent(t.overspendPercent())) {
            errors.put("overspendPercent", "validation.percent.range");
        }
        if (t.milestoneDueDays() < 0 || t.milestoneDueDays() > 365) {
            errors.put("milestoneDueDays", "validation.warning.days");
        }
        if (t.expiryDays() < 0 || t.expiryDays() > 365) {
            errors.put("expiryDays", "validation.warning.days");
        }
        if (t.onTimePercent() < 0 || t.onTimePercent() > 100) {
            errors.put("onTimePercent", "validation.percent.range");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var s = database.settings();
        s.put(ProgressService.THRESHOLD_SETTING, t.deviationPoints().stripTrailingZeros().toPlainString());
        s.put(cn.projectdesk.core.budget.BudgetService.THRESHOLD_SETTING, t.overspendPercent().stripTrailingZeros().toPlainString());
        s.put(RiskSettings.MILESTONE_DAYS_SETTING, Integer.toString(t.milestoneDueDays()));
        s.put(RiskSettings.EXPIRY_DAYS_SETTING, Integer.toString(t.expiryDays()));
        s.put(RiskSettings.ON_TIME_PERCENT_SETTING, Integer.toString(t.onTimePercent()));
    }

    private static boolean percent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2;
    }

    /** Sets the look-ahead windows (days) for milestones and for contract and warranty ends. */
    public void setWindows(UserSession user, int milestoneDueDays, int expiryDays) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (milestoneDueDays < 0 || milestoneDueDays > 365) {
            throw ValidationException.of("milestoneDueDays", "validation.warning.days");
        }
        if (expiryDays < 0 || expiryDays > 365) {
            throw ValidationException.of("expiryDays", "validation.warning.days");
        }
        database.settings().put(RiskSettings.MILESTONE_DAYS_SETTING, Integer.toString(milestoneDueDays));
        database.settings().put(RiskSettings.EXPIRY_DAYS_SETTING, Integer.toString(expiryDays));
    }

    /**
     * Runs the rules over the active projects the user may see and stores the result in one
     * transaction. Read-only roles (auditors) may not: evaluating writes warnings.
     */
    public EvaluationResult evaluate(UserSession user) {
        if (!mayEvaluate(user)) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.PROJECT_EDIT, "warnings");
        }
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<UUID> projectIds = database.read(s -> s.createSelectionQuery("select p.id from Project p join p.department d "
                        + "where p.deleted = false and p.status = :active and p.stage <> :archived and d.path like :path",
                        UUID.class).setParameter("active", ProjectStatus.ACTIVE).setParameter("archived", LifecycleStage.ARCHIVED)
                .setParameter("path", user.orgPath() + "%").getResultList());
        List<Finding> findings = evaluator.evaluate(user, projectIds, settings(), today);
        return database.inTransaction(user.username(), s -> {
            Map<String, RiskWarning> live = new HashMap<>();
            if (!projectIds.isEmpty()) {
                s.createSelectionQuery("from RiskWarning w where w.deleted = false and w.status <> :closed "
                                + "and w.project.id in :ids", RiskWarning.class)
                        .setParameter("closed", WarningStatus.CLOSED).setParameter("ids", projectIds).getResultList()
                        .forEach(w -> live.put(key(w.getProject().getId(), w.getRule(), w.getSubjectKey()), w));
            }
            int opened = 0;
            int refreshed = 0;
            Set<String> seen = new HashSet<>();
            for (Finding f : findings) {
                String k = key(f.projectId(), f.rule(), f.key());
                if (!seen.add(k)) {
                    continue;
                }
                RiskWarning w = live.get(k);
                if (w != null) {
                    w.update(f);
                    refreshed++;
                } else {
                    Project p = s.get(Project.class, f.projectId());
                    s.persist(new RiskWarning(p, f, p.getOwner() == null ? null : p.getOwner().getUsername(), clock.instant()));
                    opened++;
                }
            }
            int cleared = 0;
            for (Map.Entry<String, RiskWarning> e : live.entrySet()) {
                if (!seen.contains(e.getKey()) && e.getValue().isConditionActive()) {
                    e.getValue().conditionCleared();
                    cleared++;
                }
            }
            return new EvaluationResult(projectIds.size(), opened, refreshed, cleared);
        });
    }

    /**
     * The daily run: evaluates unless an evaluation already ran today (on this installation), so the
     * app's timer can call it as often as it likes. Users who may not evaluate are skipped silently.
     */
    public java.util.Optional<EvaluationResult> evaluateDaily(UserSession user) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        boolean ranToday = database.settings().get(LAST_DAILY_SETTING).map(LocalDate::parse).filter(d -> !d.isBefore(today)).isPresent();
        if (ranToday || !mayEvaluate(user)) {
            return java.util.Optional.empty();
        }
        EvaluationResult result = evaluate(user);
        database.settings().put(LAST_DAILY_SETTING, today.toString());
        return java.util.Optional.of(result);
    }

    private static boolean mayEvaluate(UserSession user) {
        return user != null && (user.has(Permission.PROJECT_EDIT) || user.has(Permission.BUDGET_EDIT)
                || user.has(Permission.APPROVE) || user.has(Permission.ADMINISTER));
    }

    /** Warnings of the projects the user may see, most urgent first; closed ones only when asked. */
    public List<WarningRow> list(UserSession user, boolean includeClosed) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> s.createSelectionQuery("select w from RiskWarning w join fetch w.project p "
                        + "join p.department d where w.deleted = false and p.deleted = false and d.path like :path",
                        RiskWarning.class)
                .setParameter("path", user.orgPath() + "%").getResultList().stream()
                .filter(w -> includeClosed || w.getStatus() != WarningStatus.CLOSED)
                .map(WarningService::toRow).sorted(ORDER).toList());
    }

    /** Open warnings the user owns (the home screen's list). */
    public List<WarningRow> mine(UserSession user) {
        return list(user, false).stream().filter(w -> user.username().equals(w.owner())).toList();
    }

    public WarningRow acknowledge(UserSession user, UUID warningId) {
        return transition(user, warningId, WarningStatus.OPEN, false, (w, now) -> w.acknowledge(user.username(), now));
    }

    public WarningRow rectify(UserSession user, UUID warningId, String note) {
        if (note == null || note.isBlank()) {
            throw ValidationException.of("note", "validation.warning.noteRequired");
        }
        if (note.strip().length() > 2000) {
            throw ValidationException.of("note", "validation.text.tooLong");
        }
        return transition(user, warningId, WarningStatus.ACKNOWLEDGED, false, (w, now) -> w.rectify(user.username(), now, note.strip()));
    }

    public WarningRow close(UserSession user, UUID warningId) {
        return transition(user, warningId, WarningStatus.RECTIFIED, true, (w, now) -> w.close(user.username(), now));
    }

    private interface Step {
        void apply(RiskWarning w, java.time.Instant now);
    }

    private WarningRow transition(UserSession user, UUID id, WarningStatus from, boolean approverOnly, Step step) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.inTransaction(user.username(), s -> {
            RiskWarning w = s.get(RiskWarning.class, id);
            if (w == null || w.isDeleted()) {
                throw new NotFoundException("warning " + id);
            }
            Project p = w.getProject();
            AccessPolicy.requireInScope(user, Permission.PROJECT_VIEW, p.getDepartment().getPath(), p.getCode());
            boolean approver = user.has(Permission.APPROVE);
            boolean owner = user.username().equals(w.getOwner());
            if (approverOnly ? !approver : !(approver || owner)) {
                throw new AccessDeniedException(user.username(), Permission.APPROVE, p.getCode());
            }
            if (w.getStatus() != from) {
                throw ValidationException.of("status", "validation.warning.wrongStatus");
            }
            step.apply(w, clock.instant());
            s.flush();
            return toRow(w);
        });
    }

    private static final Comparator<WarningRow> ORDER = Comparator.comparing(WarningRow::status)
            .thenComparing(WarningRow::severity).thenComparing(WarningRow::projectCode).thenComparing(WarningRow::rule)
            .thenComparing(WarningRow::subject);

    private static String key(UUID projectId, WarningRule rule, String subjectKey) {
        return projectId + "|" + rule + "|" + subjectKey;
    }

    static WarningRow toRow(RiskWarning w) {
        Project p = w.getProject();
        return new WarningRow(w.getId(), p.getId(), p.getCode(), p.getName(), w.getRule(), w.getSeverity(), w.getStatus(),
                w.getSubject(), w.getMeasured(), w.getLimit(), w.getDueDate(), w.getOwner(), w.isConditionActive(),
                w.getFirstSeen(), w.getAcknowledgedBy(), w.getRectification(), w.getRectifiedBy(), w.getClosedBy(),
                w.getVersion());
    }

    /** What an evaluation did: projects looked at, warnings opened, refreshed and found cleared. */
    public record EvaluationResult(int projects, int opened, int refreshed, int cleared) {
    }
}
