package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MonteCarloSimulationTest {
    private static final int DAY = 480;
    private static final WorkingTimeIndex CAL = WorkingTimeIndex.chinaStandard();
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 8, 0);
    private static final MonteCarloSimulation SIM = new MonteCarloSimulation(CAL);

    @Provide
    Arbitrary<CpmProject> networks() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(new Random(seed), 1 + (int) Math.floorMod(seed, 40L),
                START, true));
    }

    @Property(tries = 60)
    void fixedEstimatesGiveTheCpmFinishAtEveryPercentile(@ForAll("networks") CpmProject project) {
        List<ThreePointEstimate> fixed = project.tasks().stream()
                .map(t -> ThreePointEstimate.fixed(t.durationMinutes())).toList();
        RiskResult r = SIM.run(project, fixed, RiskSettings.of(300, 7, DurationDistribution.PERT));
        LocalDateTime cpm = new CriticalPathSolver(CAL).solve(project).projectFinish();
        assertThat(r.plannedFinish()).isEqualTo(cpm);
        assertThat(r.finishAtPercentile(50)).isEqualTo(cpm);
        assertThat(r.finishAtPercentile(80)).isEqualTo(cpm);
        assertThat(r.finishAtPercentile(95)).isEqualTo(cpm);
        assertThat(r.probabilityOfFinishingBy(cpm.toLocalDate())).isEqualTo(1.0);
    }

    @Property(tries = 30)
    void theSameSeedGivesTheSameResultOnAnyNumberOfThreads(@ForAll("networks") CpmProject project,
                                                          @ForAll @IntRange(min = 1, max = 1200) int iterations) {
        List<ThreePointEstimate> estimates = spread(project, new Random(iterations));
        RiskResult one = SIM.run(project, estimates, new RiskSettings(iterations, 99, DurationDistribution.TRIANGULAR, 1));
        RiskResult three = SIM.run(project, estimates, new RiskSettings(iterations, 99, DurationDistribution.TRIANGULAR, 3));
        assertSameResult(one, three);
    }

    @Test
    void pertRunsAreReproducibleAndDifferentSeedsDiffer() {
        CpmProject chain = chain(30);
        List<ThreePointEstimate> estimates = Collections.nCopies(30, new ThreePointEstimate(2 * DAY, 3 * DAY, 9 * DAY));
        RiskResult a = SIM.run(chain, estimates, new RiskSettings(2000, 1, DurationDistribution.PERT, 2));
        RiskResult b = SIM.run(chain, estimates, new RiskSettings(2000, 1, DurationDistribution.PERT, 1));
        RiskResult c = SIM.run(chain, estimates, new RiskSettings(2000, 2, DurationDistribution.PERT, 2));
        assertSameResult(a, b);
        assertThat(c.histogram(40)).isNotEqualTo(a.histogram(40));
    }

    @Test
    void everyTaskOfASingleChainIsAlwaysCritical() {
        CpmProject chain = chain(12);
        List<ThreePointEstimate> estimates = Collections.nCopies(12, new ThreePointEstimate(DAY, 2 * DAY, 6 * DAY));
        RiskResult r = SIM.run(chain, estimates, RiskSettings.of(1000, 5, DurationDistribution.TRIANGULAR));
        for (int t = 0; t < 12; t++) {
            assertThat(r.criticality(t)).isEqualTo(1.0);
        }
    }

    @Test
    void aParallelBranchIsCriticalOnlyWhenItsDrawOvertakesTheOther() {
        // A: fixed 10 days; B: 5..15 days, symmetric triangle around 10 → critical about half the time
        List<CpmTask> tasks = List.of(CpmTask.of("A", 10 * DAY), CpmTask.of("B", 10 * DAY), CpmTask.of("End", 0));
        CpmProject p = new CpmProject(tasks, List.of(CpmLink.fs(0, 2), CpmLink.fs(1, 2)), START);
        List<ThreePointEstimate> estimates = new ArrayList<>(List.of(ThreePointEstimate.fixed(10 * DAY),
                new ThreePointEstimate(5 * DAY, 10 * DAY, 15 * DAY)));
        estimates.add(null);
        RiskResult r = SIM.run(p, estimates, RiskSettings.of(4000, 11, DurationDistribution.TRIANGULAR));
        assertThat(r.criticality(1)).isBetween(0.45, 0.55);
        // A is critical unless B runs longer
        assertThat(r.criticality(0)).isBetween(0.45, 0.55);
        assertThat(r.criticality(2)).isEqualTo(1.0);
        assertThat(r.finishAtPercentile(50)).isAfterOrEqualTo(r.plannedFinish());
        assertThat(r.finishAtPercentile(80)).isAfterOrEqualTo(r.finishAtPercentile(50));
        assertThat(r.finishAtPercentile(95)).isAfterOrEqualTo(r.finishAtPercentile(80));
    }

    @Test
    void probabilityAndHistogramAgreeWithThePercentiles() {
        CpmProject chain = chain(20);
        List<ThreePointEstimate> estimates = Collections.nCopies(20, new ThreePointEstimate(DAY, 2 * DAY, 8 * DAY));
        RiskResult r = SIM.run(chain, estimates, RiskSettings.of(5000, 3, DurationDistribution.PERT));
        LocalDate p80 = r.finishAtPercentile(80).toLocalDate();
        assertThat(r.probabilityOfFinishingBy(p80)).isGreaterThanOrEqualTo(0.8);
        assertThat(r.probabilityOfFinishingBy(p80.minusDays(1))).isLessThan(0.8);
        assertThat(r.probabilityOfFinishingBy(r.earliestFinish().toLocalDate().minusDays(1))).isZero();
        List<HistogramBucket> buckets = r.histogram(15);
        assertThat(buckets).hasSizeLessThanOrEqualTo(15);
        assertThat(buckets.stream().mapToInt(HistogramBucket::count).sum()).isEqualTo(5000);
        assertThat(buckets.get(buckets.size() - 1).cumulative()).isEqualTo(1.0);
        assertThat(buckets.get(0).from()).isEqualTo(r.earliestFinish().toLocalDate());
    }

    @Test
    void samplesStayInRangeWithTheTextbookMeans() {
        SplittableRandom random = new SplittableRandom(4);
        double tri = 0;
        double pert = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double t = DurationDistribution.TRIANGULAR.sample(2, 4, 12, random);
            double p = DurationDistribution.PERT.sample(2, 4, 12, random);
            assertThat(t).isBetween(2.0, 12.0);
            assertThat(p).isBetween(2.0, 12.0);
            tri += t;
            pert += p;
        }
        assertThat(tri / n).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.03));
        assertThat(pert / n).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> new ThreePointEstimate(5, 3, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskSettings(0, 1, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIM.run(chain(2), List.of(), RiskSettings.of(10, 1, null)))
                .hasMessageContaining("0 estimates for 2 tasks");
        List<CpmTask> loop = List.of(CpmTask.of("A", DAY), CpmTask.of("B", DAY));
        CpmProject cyclic = new CpmProject(loop, List.of(CpmLink.fs(0, 1), CpmLink.fs(1, 0)), START);
        assertThatThrownBy(() -> SIM.run(cyclic, Collections.nCopies(2, null), RiskSettings.of(10, 1, null)))
                .isInstanceOf(DependencyCycleException.class);
    }

    private static CpmProject chain(int n) {
        List<CpmTask> tasks = new ArrayList<>();
        List<CpmLink> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(CpmTask.of("T" + i, 2 * DAY));
            if (i > 0) {
                links.add(CpmLink.fs(i - 1, i));
            }
        }
        return new CpmProject(tasks, links, START);
    }

    private static List<ThreePointEstimate> spread(CpmProject project, Random random) {
        List<ThreePointEstimate> out = new ArrayList<>();
        for (CpmTask t : project.tasks()) {
            int m = t.durationMinutes();
            out.add(random.nextInt(4) == 0 ? null : new ThreePointEstimate(m / 2, m, m * 2 + random.nextInt(DAY)));
        }
        return out;
    }

    private static void assertSameResult(RiskResult a, RiskResult b) {
        assertThat(a.histogram(1000)).isEqualTo(b.histogram(1000));
        for (int p : new int[] {1, 10, 50, 80, 95, 100}) {
            assertThat(a.finishAtPercentile(p)).isEqualTo(b.finishAtPercentile(p));
        }
        for (int t = 0; t < a.taskCount(); t++) {
            assertThat(a.criticality(t)).isEqualTo(b.criticality(t));
        }
    }
}
