package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CPM invariants on random acyclic networks with every link type and lag kind. */
class CpmPropertiesTest {
    private static final WorkingTimeIndex CAL = WorkingTimeIndex.chinaStandard();
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 8, 0);
    private static final CriticalPathSolver SOLVER = new CriticalPathSolver(CAL);

    @Provide
    Arbitrary<CpmProject> networks() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(new Random(seed), 1 + (int) Math.floorMod(seed, 60L),
                START, false));
    }

    @Property(tries = 300)
    void everyLinkIsSatisfiedByEarlyAndLateDates(@ForAll("networks") CpmProject project) {
        CpmSchedule s = SOLVER.solve(project);
        for (CpmLink link : project.links()) {
            int l = indexOf(project, link);
            assertThat(s.bounds.linkSlack(l, s.es, s.ef)).as("early " + link).isGreaterThanOrEqualTo(0);
            assertThat(s.bounds.linkSlack(l, s.ls, s.lf)).as("late " + link).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void unconstrainedFloatIsNeverNegative(@ForAll("networks") CpmProject project) {
        CpmSchedule s = SOLVER.solve(project);
        for (int t = 0; t < s.size(); t++) {
            assertThat(s.es[t]).isLessThanOrEqualTo(s.ls[t]);
            assertThat(s.ef[t]).isLessThanOrEqualTo(s.lf[t]);
            assertThat(s.freeFloat(t)).isBetween(0, s.totalFloat(t));
        }
    }

    /**
     * Without elapsed lags, the driving links from a critical task that ends the project lead back
     * through critical tasks to the project start. (An elapsed lag over a weekend can absorb a slip,
     * so there a driving predecessor may rightly keep float.)
     */
    @Provide
    Arbitrary<CpmProject> workingLagNetworks() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(new Random(seed), 1 + (int) Math.floorMod(seed, 60L),
                START, true, false));
    }

    @Property(tries = 300)
    void theCriticalPathIsAChainFromStartToFinish(@ForAll("workingLagNetworks") CpmProject project) {
        CpmSchedule s = SOLVER.solve(project);
        int t = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.ef[i] == s.projectFinish) {
                t = i;
            }
        }
        assertThat(t).isNotNegative();
        int steps = 0;
        while (true) {
            assertThat(s.isCritical(t)).as(project.tasks().get(t).name()).isTrue();
            int link = s.bounds.bindingLink(t, s.es, s.ef);
            if (link < 0) {
                break;
            }
            t = s.net.linkFrom[link];
            assertThat(++steps).isLessThanOrEqualTo(s.size());
        }
        assertThat(s.es[t]).as("the chain begins at the project start").isEqualTo(s.projectStart);
    }

    @Property(tries = 300)
    void incrementalEqualsFullRecompute(@ForAll("networks") CpmProject project, @ForAll long seed) {
        Random random = new Random(seed);
        IncrementalScheduler inc = new IncrementalScheduler(SOLVER.solve(project));
        List<CpmTask> tasks = new ArrayList<>(project.tasks());
        for (int edit = 0; edit < 3; edit++) {
            int t = random.nextInt(tasks.size());
            int minutes = random.nextInt(5) * 480 + random.nextInt(2) * 120;
            inc.setDuration(t, minutes);
            tasks.set(t, tasks.get(t).withDuration(minutes));
        }
        CpmSchedule full = SOLVER.solve(new CpmProject(tasks, project.links(), project.start()));
        CpmSchedule incremental = inc.schedule();
        assertThat(incremental.es).containsExactly(full.es);
        assertThat(incremental.ef).containsExactly(full.ef);
        assertThat(incremental.ls).containsExactly(full.ls);
        assertThat(incremental.lf).containsExactly(full.lf);
    }

    @Property(tries = 300)
    void incrementalLinkAndConstraintEditsEqualFullRecompute(@ForAll("networks") CpmProject project, @ForAll long seed) {
        Random random = new Random(seed);
        IncrementalScheduler inc = new IncrementalScheduler(SOLVER.solve(project));
        List<CpmTask> tasks = new ArrayList<>(project.tasks());
        List<CpmLink> links = new ArrayList<>(project.links());
        boolean[] summary = new boolean[tasks.size()];
        tasks.forEach(t -> {
            if (t.parent() >= 0) {
                summary[t.parent()] = true;
            }
        });
        ConstraintType[] kinds = ConstraintType.values();
        for (int edit = 0; edit < 4; edit++) {
            if (random.nextBoolean() && !links.isEmpty()) {
                CpmLink old = links.get(random.nextInt(links.size()));
                if (summary[old.predecessor()] || summary[old.successor()]) {
                    continue;
                }
                DependencyType type = DependencyType.values()[random.nextInt(4)];
                Lag lag = random.nextBoolean() ? Lag.working((random.nextInt(7) - 2) * 240) : Lag.elapsed(random.nextInt(3) * 1440);
                inc.setLink(old.predecessor(), old.successor(), type, lag);
                for (int i = 0; i < links.size(); i++) {
                    CpmLink l = links.get(i);
                    if (l.predecessor() == old.predecessor() && l.successor() == old.successor()) {
                        links.set(i, new CpmLink(l.predecessor(), l.successor(), type, lag));
                    }
                }
            } else {
                int t = random.nextInt(tasks.size());
                if (summary[t]) {
                    continue;
                }
                ConstraintType kind = kinds[random.nextInt(kinds.length)];
                LocalDateTime date = kind.needsDate() ? START.plusDays(random.nextInt(40)) : null;
                inc.setConstraint(t, kind, date);
                CpmTask old = tasks.get(t);
                tasks.set(t, new CpmTask(old.name(), old.parent(), old.durationMinutes(), old.milestone(), kind, date));
            }
        }
        CpmSchedule full = SOLVER.solve(new CpmProject(tasks, links, project.start()));
        CpmSchedule incremental = inc.schedule();
        assertThat(incremental.es).containsExactly(full.es);
        assertThat(incremental.ef).containsExactly(full.ef);
        assertThat(incremental.ls).containsExactly(full.ls);
        assertThat(incremental.lf).containsExactly(full.lf);
    }

    @Property(tries = 200)
    void fromTheFinishLinksHoldAndFloatIsNeverNegative(@ForAll("networks") CpmProject project) {
        CpmSchedule s = SOLVER.solve(CpmProject.fromFinish(project.tasks(), project.links(), START.plusYears(3)));
        for (int l = 0; l < project.links().size(); l++) {
            assertThat(s.bounds.linkSlack(l, s.es, s.ef)).isGreaterThanOrEqualTo(0);
            assertThat(s.bounds.linkSlack(l, s.ls, s.lf)).isGreaterThanOrEqualTo(0);
        }
        for (int t = 0; t < s.size(); t++) {
            assertThat(s.totalFloat(t)).isNotNegative();
            assertThat(s.lf[t]).isLessThanOrEqualTo(s.fixedFinish);
        }
    }

    private static int indexOf(CpmProject project, CpmLink link) {
        return project.links().indexOf(link);
    }
}
