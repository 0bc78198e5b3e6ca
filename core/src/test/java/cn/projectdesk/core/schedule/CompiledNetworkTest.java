package cn.projectdesk.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The compiled link layout the passes rely on: links sorted by successor with each task's in-links
 * in their given order (the first binding in-link decides how a date reads), and the out-order
 * copies of successor, lag and kind always equal to the links they copy, also after a link edit.
 */
class CompiledNetworkTest {
    private static final WorkingTimeIndex CAL = WorkingTimeIndex.chinaStandard();
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 8, 0);

    @Property(tries = 200)
    void inLinksAreTheProjectsLinksPerSuccessorInTheirOrder(@ForAll long seed) {
        CpmProject project = RandomNetworks.generate(new Random(seed), 2 + (int) Math.floorMod(seed, 80L), START, true);
        CompiledNetwork net = new CompiledNetwork(project, CAL);
        assertThat(net.linkFrom).hasSameSizeAs(project.links());
        for (int t = 0; t < net.size; t++) {
            List<String> expected = new ArrayList<>();
            for (CpmLink link : project.links()) {
                if (link.successor() == t) {
                    expected.add(describe(link.predecessor(), t, link.type().ordinal(), link.lag()));
                }
            }
            List<String> actual = new ArrayList<>();
            for (int l = net.inStart[t]; l < net.inStart[t + 1]; l++) {
                actual.add(describe(net.linkFrom[l], net.linkTo[l], net.linkType[l],
                        new Lag(net.lagAmount[l], LagUnit.values()[net.lagUnit[l]])));
            }
            assertThat(actual).as("in-links of T%d", t).isEqualTo(expected);
        }
        assertOutCopiesMatch(net);
    }

    @Property(tries = 200)
    void outCopiesFollowLinkEdits(@ForAll long seed) {
        Random random = new Random(seed);
        CpmProject project = RandomNetworks.generate(random, 2 + (int) Math.floorMod(seed, 80L), START, true);
        CompiledNetwork net = new CompiledNetwork(project, CAL);
        for (int edit = 0; edit < 20 && net.outLinks.length > 0; edit++) {
            int k = random.nextInt(net.outLinks.length);
            DependencyType type = DependencyType.values()[random.nextInt(4)];
            LagUnit unit = LagUnit.values()[random.nextInt(LagUnit.values().length)];
            // negative lags and large ones must survive the packing into one long
            int amount = random.nextBoolean() ? -random.nextInt(1_000_000) : random.nextInt(Integer.MAX_VALUE);
            net.setLinkAt(k, type, new Lag(amount, unit));
            int l = net.outLinks[k];
            assertThat(net.lagAmount[l]).isEqualTo(amount);
            assertThat(net.linkType[l]).isEqualTo((byte) type.ordinal());
            assertThat(net.lagUnit[l]).isEqualTo((byte) unit.ordinal());
        }
        assertOutCopiesMatch(net);
    }

    @Test
    void linksFromAndToSummariesAreExpandedAndGroupedBySuccessor() {
        // 0 summary of 1, 2; 3 summary of 4, 5; links given in no particular successor order
        List<CpmTask> tasks = List.of(
                new CpmTask("S1", -1, 0, false, ConstraintType.ASAP, null),
                new CpmTask("A", 0, 480, false, ConstraintType.ASAP, null),
                new CpmTask("B", 0, 960, false, ConstraintType.ASAP, null),
                new CpmTask("S2", -1, 0, false, ConstraintType.ASAP, null),
                new CpmTask("C", 3, 480, false, ConstraintType.ASAP, null),
                new CpmTask("D", 3, 240, false, ConstraintType.ASAP, null));
        List<CpmLink> links = List.of(
                new CpmLink(1, 5, DependencyType.SS, Lag.elapsed(720)),
                new CpmLink(0, 3, DependencyType.FS, Lag.working(-240)),
                new CpmLink(2, 4, DependencyType.FF, Lag.percent(50)));
        CompiledNetwork net = new CompiledNetwork(new CpmProject(tasks, links, START), CAL);
        List<String> all = new ArrayList<>();
        for (int l = 0; l < net.linkFrom.length; l++) {
            all.add(describe(net.linkFrom[l], net.linkTo[l], net.linkType[l],
                    new Lag(net.lagAmount[l], LagUnit.values()[net.lagUnit[l]])));
        }
        assertThat(all).containsExactly(
                describe(1, 4, 0, Lag.working(-240)), describe(2, 4, 0, Lag.working(-240)),
                describe(2, 4, 2, Lag.percent(50)),
                describe(1, 5, 1, Lag.elapsed(720)), describe(1, 5, 0, Lag.working(-240)),
                describe(2, 5, 0, Lag.working(-240)));
        assertThat(net.inStart[4]).isEqualTo(0);
        assertThat(net.inStart[5]).isEqualTo(3);
        assertThat(net.inStart[6]).isEqualTo(6);
        assertOutCopiesMatch(net);
    }

    private static void assertOutCopiesMatch(CompiledNetwork net) {
        for (int t = 0; t < net.size; t++) {
            for (int k = net.outStart[t]; k < net.outStart[t + 1]; k++) {
                int l = net.outLinks[k];
                assertThat(net.linkFrom[l]).isEqualTo(t);
                assertThat(CompiledNetwork.high(net.outToLag[k])).isEqualTo(net.linkTo[l]);
                assertThat(CompiledNetwork.low(net.outToLag[k])).isEqualTo(net.lagAmount[l]);
                assertThat(CompiledNetwork.typeOf(net.outKind[k])).isEqualTo(net.linkType[l]);
                assertThat(CompiledNetwork.unitOf(net.outKind[k])).isEqualTo(net.lagUnit[l]);
            }
        }
    }

    private static String describe(int from, int to, int type, Lag lag) {
        return from + "->" + to + " " + DependencyType.values()[type] + " " + lag.amount() + " " + lag.unit();
    }
}
