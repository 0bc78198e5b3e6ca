package cn.projectdesk.core.risk;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.PlanNetwork;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.schedule.MonteCarloSimulation;
import cn.projectdesk.core.schedule.RiskResult;
import cn.projectdesk.core.schedule.RiskSettings;
import cn.projectdesk.core.schedule.ThreePointEstimate;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Monte Carlo schedule risk of a project's plan. The plan is read in one short transaction and
 * copied to plain data; the simulation then runs outside it, so a long run holds no database lock.
 * Finished tasks (100 %) keep their duration: their spread is history, not risk.
 */
public final class ScheduleRiskService {
    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final int HISTOGRAM_BUCKETS = 30;
    private final Database database;

    public ScheduleRiskService(Database database) {
        this.database = database;
    }

    public ScheduleRiskReport analyse(UserSession user, UUID projectId, int iterations, long seed,
                                      DurationDistribution distribution, LocalDate target) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        if (iterations < 1 || iterations > RiskSettings.MAX_ITERATIONS) {
            throw ValidationException.of("iterations", "validation.risk.iterations");
        }
        Snapshot plan = database.read(s -> {
            Project project = s.get(Project.class, projectId);
            if (project == null || project.isDeleted()) {
                throw new NotFoundException("project " + projectId);
            }
            AccessPolicy.requireInScope(user, Permission.PROJECT_VIEW, project.getDepartment().getPath(), project.getCode());
            return snapshot(project, ProjectScheduling.network(s, project));
        });
        if (plan.rows.isEmpty()) {
            throw ValidationException.of("project", "validation.risk.noTasks");
        }
        RiskResult result = new MonteCarloSimulation(plan.network.calendar())
                .run(plan.network.project(), plan.estimates, RiskSettings.of(iterations, seed, distribution));
        List<TaskCriticality> tasks = new ArrayList<>(plan.rows.size());
        for (int i = 0; i < plan.rows.size(); i++) {
            Row r = plan.rows.get(i);
            tasks.add(new TaskCriticality(r.id, r.wbsCode, r.name, r.summary, r.durationDays, r.estimate, result.criticality(i)));
        }
        return new ScheduleRiskReport(plan.code, iterations, seed, result.settings().distribution(), plan.estimated,
                result.plannedFinish().toLocalDate(), result.finishAtPercentile(50).toLocalDate(),
                result.finishAtPercentile(80).toLocalDate(), result.finishAtPercentile(95).toLocalDate(), target,
                target == null ? null : result.probabilityOfFinishingBy(target), tasks, result.histogram(HISTOGRAM_BUCKETS));
    }

    private record Row(UUID id, String wbsCode, String name, boolean summary, int durationDays, DurationEstimate estimate) {
    }

    private record Snapshot(String code, PlanNetwork network, List<Row> rows, List<ThreePointEstimate> estimates,
                            int estimated) {
    }

    private static Snapshot snapshot(Project project, PlanNetwork network) {
        Set<UUID> parents = new HashSet<>();
        for (Task t : network.tasks()) {
            if (t.getParent() != null) {
                parents.add(t.getParent().getId());
            }
        }
        List<Row> rows = new ArrayList<>();
        List<ThreePointEstimate> estimates = new ArrayList<>();
        int estimated = 0;
        for (Task t : network.tasks()) {
            boolean summary = parents.contains(t.getId());
            DurationEstimate e = t.getEstimate();
            boolean drawn = e != null && !summary && !t.isMilestone() && t.getPercentComplete() < 100;
            estimated += drawn ? 1 : 0;
            estimates.add(drawn ? new ThreePointEstimate(e.optimisticDays() * PlanNetwork.MINUTES_PER_DAY,
                    e.mostLikelyDays() * PlanNetwork.MINUTES_PER_DAY, e.pessimisticDays() * PlanNetwork.MINUTES_PER_DAY) : null);
            rows.add(new Row(t.getId(), t.getWbsCode(), t.getName(), summary, t.getDurationDays(), e));
        }
        return new Snapshot(project.getCode(), network, rows, estimates, estimated);
    }
}
