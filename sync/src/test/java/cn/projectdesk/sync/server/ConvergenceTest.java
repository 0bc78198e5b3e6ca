package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeOperation;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.client.Synchronizer;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.ReferenceData;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random convergence: five offices (three in KS1, two in KS2) each with its own H2 database edit
 * projects at random and sync in random order through the real HTTPS server, with faults: requests
 * lost before or after the server stored them, batches pushed twice, pulls replayed from an older
 * cursor, pulled pages poisoned so the apply fails half-way and rolls back. Afterwards every office
 * equals the server for its scope, no edit is lost (each overwritten value was seen by its overwriter
 * or kept as a conflict), nothing is stored twice. {@code -Dconvergence.ops=N -Dconvergence.seed=S};
 * the big run is {@code mvn -Pconvergence}.
 */
class ConvergenceTest {
    private static final String[] SCOPES = {"KS1", "KS1", "KS1", "KS2", "KS2"};

    @TempDir
    Path dir;

    @Test
    void officesConvergeWithTheServerUnderFaults() throws Exception {
        long seed = Long.getLong("convergence.seed", 20261122L);
        int ops = Integer.getInteger("convergence.ops", 150);
        Random random = new Random(seed);
        try (HqFixture hq = new HqFixture(dir.resolve("server"))) {
            List<Office> offices = new ArrayList<>();
            for (int i = 0; i < SCOPES.length; i++) {
                Path cert = hq.device("office-" + i, SCOPES[i]);
                TestNode node = new TestNode(dir.resolve("office-" + i));
                Office office = new Office(i, node, SCOPES[i], hq.client(cert), random);
                office.sync(false);
                offices.add(office);
            }
            for (int op = 0; op < ops; op++) {
                Office office = offices.get(random.nextInt(offices.size()));
                office.randomEdit(random);
                if (random.nextInt(4) == 0) {
                    offices.get(random.nextInt(offices.size())).sync(true);
                }
            }
            quiesce(offices);
            String context = "seed " + seed + ", " + ops + " operations";
            for (Office office : offices) {
                assertSameAsServer(hq, office, context);
            }
            assertNothingLost(hq, offices, context);
            assertNothingStoredTwice(hq, offices, context);
        } finally {
            for (Office office : OPEN) {
                office.node.close();
            }
            OPEN.clear();
        }
    }

    private static final List<Office> OPEN = new ArrayList<>();

    private static void quiesce(List<Office> offices) throws Exception {
        for (int round = 0; round < 8; round++) {
            int moved = 0;
            for (Office office : offices) {
                Synchronizer.Report report = office.sync(false);
                moved += report.pushed() + report.pulled();
            }
            if (moved == 0) {
                return;
            }
        }
        throw new AssertionError("offices did not settle after 8 fault-free rounds");
    }

    private static void assertSameAsServer(HqFixture hq, Office office, String context) throws Exception {
        String scope = hq.store.inTransaction(c -> ServerLedger.orgUnitPath(c, office.scope)).orElseThrow();
        List<UUID> expected = hq.ledger.ids("Project", scope);
        assertThat(office.node.replication().ids("Project")).as("projects of office %d (%s)", office.index, context)
                .containsExactlyInAnyOrderElementsOf(expected);
        for (UUID id : expected) {
            assertThat(TestNode.withoutNulls(office.node.replication().values("Project", id)))
                    .as("project %s on office %d (%s)", id, office.index, context)
                    .isEqualTo(TestNode.withoutNulls(hq.ledger.values(id)));
        }
    }

    /** Every value ever written is the final one, was overwritten by someone who saw it, or is a conflict. */
    private static void assertNothingLost(HqFixture hq, List<Office> offices, String context) {
        List<ChangeLogEntry> writes = new ArrayList<>();
        Set<String> conflictValues = new HashSet<>();
        for (Office office : offices) {
            office.node.replication().outgoing(0, Integer.MAX_VALUE).stream()
                    .filter(e -> e.entityType().equals("Project")).forEach(writes::add);
            for (ConflictRow c : office.node.replication().conflicts(false)) {
                conflictValues.add(c.entityId() + "/" + c.field() + "=" + c.loserValue());
            }
        }
        Set<String> seenAndOverwritten = new HashSet<>();
        for (ChangeLogEntry w : writes) {
            w.changes().forEach((field, change) -> seenAndOverwritten.add(w.entityId() + "/" + field + "=" + change.oldValue()));
        }
        int checked = 0;
        for (ChangeLogEntry w : writes) {
            Map<String, String> finalValues = hq.ledger.values(w.entityId());
            for (Map.Entry<String, FieldChange> field : w.changes().entrySet()) {
                String key = w.entityId() + "/" + field.getKey() + "=" + field.getValue().newValue();
                boolean kept = java.util.Objects.equals(finalValues.get(field.getKey()), field.getValue().newValue());
                assertThat(kept || seenAndOverwritten.contains(key) || conflictValues.contains(key))
                        .as("write %s of change %s lost (%s)", key, w.changeId(), context).isTrue();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static void assertNothingStoredTwice(HqFixture hq, List<Office> offices, String context) {
        long pushedByOffices = 0;
        for (Office office : offices) {
            pushedByOffices += office.node.replication().outgoingCount(0, ReferenceData.TYPES);
            List<ChangeLogEntry> log = office.node.core.database().changeLog().since(0, Integer.MAX_VALUE);
            assertThat(log.stream().map(ChangeLogEntry::changeId).distinct().count()).as(context).isEqualTo(log.size());
        }
        long fromOffices = hq.store.inTransaction(c -> {
            try (var select = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT change_id) FROM server_change WHERE device <> 'hq'");
                 var rs = select.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                return rs.getLong(1);
            }
        });
        assertThat(fromOffices).as("changes stored once each (%s)", context).isEqualTo(pushedByOffices);
    }

    /** One office: its node, its scope and a transport that fails on purpose while faults are on. */
    private static final class Office {
        final int index;
        final TestNode node;
        final String scope;
        final FaultyTransport transport;
        int created;

        Office(int index, TestNode node, String scope, SyncClient client, Random random) {
            this.index = index;
            this.node = node;
            this.scope = scope;
            this.transport = new FaultyTransport(client, random);
            OPEN.add(this);
        }

        Synchronizer.Report sync(boolean faults) throws InterruptedException {
            transport.faults = faults;
            try {
                return new Synchronizer(node.core.database(), transport).run(p -> { });
            } catch (IOException | RuntimeException e) {
                if (!faults) {
                    throw new AssertionError("fault-free sync of office " + index + " failed", e);
                }
                return new Synchronizer.Report(0, 0, 0, 0, 0);
            }
        }

        void randomEdit(Random random) {
            List<ProjectSummary> projects = node.core.projects().list(node.admin());
            if (projects.isEmpty() || random.nextInt(8) == 0) {
                created++;
                node.createProject(String.format("N%d-2026-%03d", index, created), "项目 " + index + "-" + created,
                        node.orgUnit(scope));
                return;
            }
            ProjectSummary p = projects.get(random.nextInt(projects.size()));
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> node.rename(p.code(), "名称 " + index + "-" + random.nextInt(1000));
                case 4, 5, 6 -> node.setBudget(p.code(), random.nextInt(100_000) + ".00");
                case 7, 8 -> node.setStage(p.code(), LifecycleStage.values()[random.nextInt(LifecycleStage.values().length)]);
                default -> node.core.projects().delete(node.admin(), p.id());
            }
        }
    }

    private static final class FaultyTransport implements SyncTransport {
        private final SyncClient real;
        private final Random random;
        boolean faults;

        FaultyTransport(SyncClient real, Random random) {
            this.real = real;
            this.random = random;
        }

        @Override
        public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException {
            int dice = faults ? random.nextInt(20) : 99;
            if (dice == 0 || dice == 1) {
                throw new IOException("request lost (test)");
            }
            PushResponse answer = real.push(nodeId, throughSeq, changes);
            if (dice == 2) {
                answer = real.push(nodeId, throughSeq, changes); // the same batch delivered twice
            }
            if (dice == 3 || dice == 4) {
                throw new IOException("answer lost (test)");
            }
            return answer;
        }

        @Override
        public PullResponse pull(long after, int limit) throws IOException, InterruptedException {
            int dice = faults ? random.nextInt(20) : 99;
            if (dice == 0 || dice == 1) {
                throw new IOException("connection dropped (test)");
            }
            if (dice == 2) {
                return real.pull(Math.max(0, after - 5), limit); // replayed from an older cursor
            }
            PullResponse page = real.pull(after, limit);
            if (dice == 3 && !page.changes().isEmpty()) {
                // the apply fails after the good changes: the whole page must roll back
                List<WireChange> poisoned = new ArrayList<>(page.changes());
                poisoned.add(new WireChange(page.cursor(), UUID.randomUUID(), "NoSuchEntity", UUID.randomUUID(),
                        ChangeOperation.UPDATE.name(), Map.of(), "x", 1, "x"));
                return new PullResponse(poisoned, page.cursor(), page.more());
            }
            return page;
        }
    }
}
