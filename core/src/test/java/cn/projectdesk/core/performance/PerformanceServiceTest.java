package cn.projectdesk.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-evaluation from template to grade, refusals, and comparisons across projects; and (sharing the
 * folder to save a start-up) the lifecycle part of the demo data against hand-computed figures.
 */
class PerformanceServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static final Map<String, UserSession> SESSIONS = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    static UserSession as(String username) {
        return SESSIONS.computeIfAbsent(username, u -> TestFolders.login(core, u));
    }

    static PerformanceService performance() {
        return core.lifecycle().performance();
    }

    @Test
    void anEvaluationIsScoredGradedComparedAndRefusedWhereItShouldBe() {
        ProjectSummary egov = core.projects().findByCode(as("zhouyang"), "LJ-2026-002");
        assertThatThrownBy(() -> performance().start(as("zhaomin"), egov.id(), 2030)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> performance().start(as("zhangwei"), egov.id(), 2030)).isInstanceOf(AccessDeniedException.class);
        EvaluationReport started = performance().start(as("zhouyang"), egov.id(), 2030);
        assertThat(started.scorecard().indicators()).hasSize(7);
        assertThat(started.scorecard().total()).isEqualByComparingTo("0");
        assertThat(started.scorecard().complete()).isFalse();
        assertThatThrownBy(() -> performance().start(as("zhouyang"), egov.id(), 2030))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("validation.performance.yearTaken"));

        // 模块上线 9/10 → 18; 等保 reached → 15; 延误 0 → 10; 执行率 105/100 → 14.25; 时限压缩 24/30 → 12;
        // 可用率 99.9 → 15; 满意度 86/90 → 9.56 (9.5555…); total 93.81 → 优
        String[] actuals = {"9", "1", "0", "105", "24", "99.9", "86"};
        EvaluationReport r = null;
        for (int i = 0; i < actuals.length; i++) {
            r = performance().recordActual(as("zhouyang"), started.id(), i + 1, new BigDecimal(actuals[i]), null);
        }
        assertThat(r.scorecard().indicators()).extracting(IndicatorScore::score).map(BigDecimal::toPlainString)
                .containsExactly("18.00", "15.00", "10.00", "14.25", "12.00", "15.00", "9.56");
        assertThat(r.scorecard().total()).isEqualByComparingTo("93.81");
        assertThat(r.scorecard().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(r.scorecard().complete()).isTrue();
        assertThatThrownBy(() -> performance().recordActual(as("zhaomin"), started.id(), 1, BigDecimal.ONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> performance().recordActual(as("zhouyang"), started.id(), 1, new BigDecimal("-1"), null))
                .isInstanceOf(ValidationException.class);

        List<IndicatorInput> edited = new ArrayList<>(r.scorecard().indicators().stream().map(IndicatorScore::indicator).toList());
        IndicatorInput first = edited.get(0);
        edited.set(0, new IndicatorInput(first.dimension(), first.name(), first.unit(), first.target(), new BigDecimal("19"),
                first.actual(), first.rule(), null));
        assertThatThrownBy(() -> performance().setIndicators(as("zhouyang"), started.id(), edited))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("validation.performance.weights"));
        IndicatorInput second = edited.get(1);
        edited.set(1, new IndicatorInput(second.dimension(), second.name(), second.unit(), second.target(), new BigDecimal("16"),
                BigDecimal.ZERO, second.rule(), null));
        EvaluationReport reweighed = performance().setIndicators(as("zhouyang"), started.id(), edited);
        // 9/10 × 19 = 17.10; 等保 not reached → 0: 93.81 − 18 − 15 + 17.10 = 77.91 → 中
        assertThat(reweighed.scorecard().total()).isEqualByComparingTo("77.91");
        assertThat(reweighed.scorecard().grade()).isEqualTo(Grade.FAIR);
        performance().summarise(as("zhouyang"), started.id(), "等保测评未通过，已列入下年度整改。");

        ProjectSummary homes = core.projects().findByCode(as("zhangwei"), "LJ-2026-001");
        EvaluationReport other = performance().start(as("zhangwei"), homes.id(), 2030);
        for (int i = 1; i <= other.scorecard().indicators().size(); i++) {
            IndicatorInput in = other.scorecard().indicators().get(i - 1).indicator();
            performance().recordActual(as("zhangwei"), other.id(), i,
                    in.rule() == ScoringRule.MANUAL ? null : in.target(), in.rule() == ScoringRule.MANUAL ? in.weight() : null);
        }
        assertThat(performance().report(as("zhaomin"), other.id()).scorecard().total()).isEqualByComparingTo("100");

        List<ComparisonRow> byYear = performance().compare(as("zhaomin"), ComparisonGroup.YEAR, 2030);
        assertThat(byYear).singleElement().satisfies(row -> {
            assertThat(row.evaluations()).isEqualTo(2);
            assertThat(row.average()).isEqualByComparingTo("88.96");
            assertThat(row.best()).isEqualByComparingTo("100");
            assertThat(row.worst()).isEqualByComparingTo("77.91");
            assertThat(row.excellent()).isEqualTo(1);
            assertThat(row.fair()).isEqualTo(1);
        });
        assertThat(performance().compare(as("zhaomin"), ComparisonGroup.DEPARTMENT, 2030)).extracting(ComparisonRow::group)
                .containsExactlyInAnyOrder("信息中心", "社会发展科");
        assertThat(performance().compare(as("zhaomin"), ComparisonGroup.TYPE, 2030)).extracting(ComparisonRow::group)
                .containsExactlyInAnyOrder("INFORMATIZATION", "LIVELIHOOD");
        assertThat(performance().compare(as("sunli"), ComparisonGroup.YEAR, 2030)).isEmpty();
        assertThat(performance().trend(as("zhouyang"), egov.id())).extracting(EvaluationReport::year).contains(2030);
    }

    @Test
    void theDemoPortfolioCarriesHistoriesCandidatesAnAcceptanceAChangeAndThreeGradedEvaluations() {
        UserSession auditor = as("zhaomin");
        // 2025: 校舍 19.20 + 15 + 0 + 14.70 + 13 + 12 + 10 = 83.90 (良); 2026: 政务 98 (优), 小区 68.45 (中)
        assertThat(performance().compare(auditor, ComparisonGroup.YEAR, null)).filteredOn(row -> !row.group().equals("2030"))
                .extracting(ComparisonRow::group, ComparisonRow::evaluations, ComparisonRow::average)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025", 1, new BigDecimal("83.90")),
                        org.assertj.core.groups.Tuple.tuple("2026", 2, new BigDecimal("83.23")));

        var stages = core.lifecycle().stages();
        ProjectSummary homes = core.projects().findByCode(auditor, "LJ-2026-001");
        assertThat(stages.overview(auditor, homes.id()).history()).extracting(h -> h.to().name())
                .containsExactly("PROPOSAL", "PROCUREMENT", "IMPLEMENTATION");
        ProjectSummary roads = core.projects().findByCode(auditor, "DQ-2026-001");
        var roadGate = stages.overview(as("admin"), roads.id());
        assertThat(roadGate.missing()).extracting(cn.projectdesk.core.lifecycle.GateItemStatus::key)
                .containsExactly("DOCUMENT:CONTRACT");

        assertThat(core.lifecycle().library().list(auditor)).hasSize(5)
                .filteredOn(c -> c.status() == cn.projectdesk.core.library.CandidateStatus.SHELVED).hasSize(1);
        assertThat(core.lifecycle().acceptance().experts(auditor)).hasSize(8);
        ProjectSummary schools = core.projects().findByCode(auditor, "XQ-2025-001");
        var prelim = core.lifecycle().acceptance().list(auditor, schools.id()).get(0);
        assertThat(prelim.averageScore()).isEqualByComparingTo("83.60");
        assertThat(prelim.panel()).extracting(p -> p.organisation()).doesNotContain(prelim.supplierOrg());
        assertThat(prelim.rectifications()).extracting(r -> r.open()).containsExactly(false, true);

        var change = core.lifecycle().changes().list(auditor, roads.id()).get(0);
        assertThat(change.status()).isEqualTo(cn.projectdesk.core.workflow.RequestStatus.PENDING);
        assertThat(change.items().get(1).newAmount().subtract(change.items().get(1).beforeAmount()))
                .isEqualByComparingTo("80000");
    }
}
