package cn.projectdesk.core.performance;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.lifecycle.Projects;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 绩效评价: a self-evaluation per project and year, started from the template of the project's type,
 * indicators edited (weights summing to 100), actuals recorded, scored into a total and a grade;
 * comparisons across projects by department, type or year, and one project's trend.
 */
public final class PerformanceService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Database database;
    private final Clock clock;

    public PerformanceService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Starts the year's evaluation from the template of the project's type; one per project and year. */
    public EvaluationReport start(UserSession user, UUID projectId, int year) {
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "validation.year.range");
        }
        return database.inTransaction(user.username(), s -> {
            Project project = Projects.get(s, user, projectId, Permission.PROJECT_EDIT);
            boolean exists = evaluations(s, project).stream().anyMatch(e -> e.getYear() == year);
            if (exists) {
                throw ValidationException.of("year", "validation.performance.yearTaken");
            }
            PerformanceEvaluation e = new PerformanceEvaluation(project, year, LocalDate.now(clock.withZone(ApprovalEngine.ZONE)));
            s.persist(e);
            List<IndicatorInput> template = IndicatorTemplates.forType(project.getType());
            for (int i = 0; i < template.size(); i++) {
                s.persist(new PerformanceIndicator(e, i + 1, template.get(i)));
            }
            s.flush();
            return report(s, e);
        });
    }

    /** Replaces the framework (targets, weights, rules, actuals); weights must sum to exactly 100. */
    public EvaluationReport setIndicators(UserSession user, UUID evaluationId, List<IndicatorInput> indicators) {
        if (indicators == null || indicators.isEmpty() || indicators.size() > 100) {
            throw ValidationException.of("indicators", "validation.performance.weights");
        }
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).check(i + 1);
        }
        BigDecimal weights = indicators.stream().map(IndicatorInput::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(HUNDRED) != 0) {
            throw ValidationException.of("indicators", "validation.performance.weights");
        }
        return database.inTransaction(user.username(), s -> {
            PerformanceEvaluation e = evaluation(s, user, evaluationId, Permission.PROJECT_EDIT);
            indicators(s, e).forEach(PerformanceIndicator::markDeleted);
            for (int i = 0; i < indicators.size(); i++) {
                s.persist(new PerformanceIndicator(e, i + 1, indicators.get(i)));
            }
            s.flush();
            return report(s, e);
        });
    }

    /** Records the measured value (or, for MANUAL, the evaluator's score) of indicator number {@code order}. */
    public EvaluationReport recordActual(UserSession user, UUID evaluationId, int order, BigDecimal actual, BigDecimal manualScore) {
        return database.inTransaction(user.username(), s -> {
            PerformanceEvaluation e = evaluation(s, user, evaluationId, Permission.PROJECT_EDIT);
            PerformanceIndicator ind = indicators(s, e).stream().filter(i -> i.getItemOrder() == order).findFirst()
                    .orElseThrow(() -> new NotFoundException("indicator " + order));
            IndicatorInput now = ind.input();
            new IndicatorInput(now.dimension(), now.name(), now.unit(), now.target(), now.weight(), actual, now.rule(),
                    manualScore).check(order);
            ind.measured(actual, manualScore);
            s.flush();
            return report(s, e);
        });
    }

    public EvaluationReport summarise(UserSession user, UUID evaluationId, String summary) {
        if (summary != null && summary.strip().length() > 2000) {
            throw ValidationException.of("summary", "validation.text.tooLong");
        }
        return database.inTransaction(user.username(), s -> {
            PerformanceEvaluation e = evaluation(s, user, evaluationId, Permission.PROJECT_EDIT);
            e.setSummary(summary == null || summary.isBlank() ? null : summary.strip(), LocalDate.now(clock.withZone(ApprovalEngine.ZONE)));
            s.flush();
            return report(s, e);
        });
    }

    public EvaluationReport report(UserSession user, UUID evaluationId) {
        return database.read(s -> report(s, evaluation(s, user, evaluationId, Permission.PROJECT_VIEW)));
    }

    /** The project's evaluations, oldest year first: its trend over time. */
    public List<EvaluationReport> trend(UserSession user, UUID projectId) {
        return database.read(s -> evaluations(s, Projects.get(s, user, projectId, Permission.PROJECT_VIEW)).stream()
                .map(e -> report(s, e)).toList());
    }

    /** Evaluations of every visible project grouped by department, type or year (optionally one year only). */
    public List<ComparisonRow> compare(UserSession user, ComparisonGroup group, Integer year) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Map<String, List<BigDecimal>> totals = new TreeMap<>();
            for (Project p : Projects.visible(s, user)) {
                for (PerformanceEvaluation e : evaluations(s, p)) {
                    if (year != null && e.getYear() != year) {
                        continue;
                    }
                    String key = switch (group) {
                        case DEPARTMENT -> p.getDepartment().getName();
                        case TYPE -> p.getType().name();
                        case YEAR -> Integer.toString(e.getYear());
                    };
                    totals.computeIfAbsent(key, k -> new ArrayList<>()).add(scorecard(s, e).total());
                }
            }
            List<ComparisonRow> rows = new ArrayList<>();
            totals.forEach((key, list) -> rows.add(row(key, list)));
            return rows;
        });
    }

    private static ComparisonRow row(String key, List<BigDecimal> totals) {
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int[] grades = new int[Grade.values().length];
        totals.forEach(t -> grades[Grade.of(t).ordinal()]++);
        return new ComparisonRow(key, totals.size(), sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP),
                totals.stream().max(BigDecimal::compareTo).orElseThrow(), totals.stream().min(BigDecimal::compareTo).orElseThrow(),
                grades[0], grades[1], grades[2], grades[3]);
    }

    private static PerformanceEvaluation evaluation(Session s, UserSession user, UUID id, Permission permission) {
        PerformanceEvaluation e = id == null ? null : s.get(PerformanceEvaluation.class, id);
        if (e == null || e.isDeleted()) {
            throw new NotFoundException("evaluation " + id);
        }
        Projects.get(s, user, e.getProject().getId(), permission);
        return e;
    }

    private static List<PerformanceEvaluation> evaluations(Session s, Project p) {
        return s.createSelectionQuery("from PerformanceEvaluation where project = :p and deleted = false order by year",
                PerformanceEvaluation.class).setParameter("p", p).getResultList();
    }

    private static List<PerformanceIndicator> indicators(Session s, PerformanceEvaluation e) {
        return s.createSelectionQuery("from PerformanceIndicator where evaluation = :e and deleted = false order by itemOrder",
                PerformanceIndicator.class).setParameter("e", e).getResultList();
    }

    private static Scorecard scorecard(Session s, PerformanceEvaluation e) {
        return PerformanceScoring.score(indicators(s, e).stream().map(PerformanceIndicator::input).toList());
    }

    private static EvaluationReport report(Session s, PerformanceEvaluation e) {
        Project p = e.getProject();
        return new EvaluationReport(e.getId(), p.getId(), p.getCode(), p.getName(), p.getDepartment().getName(),
                p.getType().name(), e.getYear(), e.getEvaluatedOn(), e.getSummary(), scorecard(s, e));
    }
}
