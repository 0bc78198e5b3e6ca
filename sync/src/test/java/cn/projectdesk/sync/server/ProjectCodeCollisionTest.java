package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.NodeBundles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two offices allocate the same project code offline (ADR 26): the first to reach headquarters keeps it,
 * the later one is renamed by the server with a conflict record on its own review list and the server's,
 * and every office ends with both projects under distinct codes, over HTTPS and over bundles.
 */
class ProjectCodeCollisionTest {
    @TempDir
    Path dir;

    @Test
    void theLaterClaimOfACodeIsRenamedEverywhereWithAConflict() throws Exception {
        try (HqFixture hq = new HqFixture(dir.resolve("server")); TestNode first = new TestNode(dir.resolve("a"));
             TestNode second = new TestNode(dir.resolve("b")); TestNode third = new TestNode(dir.resolve("c"))) {
            Path a = hq.device("a", "KS1");
            Path b = hq.device("b", "KS1");
            Path c = hq.device("c", "KS1");
            hq.synchronizer(first, a).run(p -> { });
            hq.synchronizer(second, b).run(p -> { });
            DeviceSetup.importCertificate(third.core.database(), c, HqFixture.CERT_PASSWORD);
            exchange(hq, third, "c0");

            // offline, both offices number their first project the same way
            ProjectSummary mine = first.createProject(null, "甲办公室项目", first.orgUnit("KS1"));
            ProjectSummary theirs = second.createProject(null, "乙办公室项目", second.orgUnit("KS1"));
            ProjectSummary airGapped = third.createProject(null, "丙办公室项目", third.orgUnit("KS1"));
            assertThat(theirs.code()).isEqualTo(mine.code()).isEqualTo(airGapped.code());

            hq.synchronizer(first, a).run(p -> { });
            hq.synchronizer(second, b).run(p -> { });
            exchange(hq, third, "c1");
            hq.synchronizer(first, a).run(p -> { });

            String kept = mine.code();
            assertThat(first.core.projects().get(first.admin(), mine.id()).code()).isEqualTo(kept);
            String renamed = second.core.projects().get(second.admin(), theirs.id()).code();
            String renamedAirGapped = third.core.projects().get(third.admin(), airGapped.id()).code();
            assertThat(List.of(kept, renamed, renamedAirGapped)).doesNotHaveDuplicates();
            assertThat(renamed).startsWith(kept + "-");
            hq.synchronizer(second, b).run(p -> { });
            exchange(hq, third, "c2");
            hq.synchronizer(first, a).run(p -> { });
            for (TestNode node : List.of(first, second, third)) {
                assertThat(node.core.projects().list(node.admin())).extracting(ProjectSummary::code)
                        .containsExactlyInAnyOrder(kept, renamed, renamedAirGapped);
            }
            List<ConflictRow> conflicts = second.replication().conflicts(true);
            assertThat(conflicts).anySatisfy(row -> {
                assertThat(row.entityId()).isEqualTo(theirs.id());
                assertThat(row.field()).isEqualTo("code");
                assertThat(row.loserValue()).isEqualTo(kept);
                assertThat(row.localLost()).isTrue();
            });
            assertThat(third.replication().conflicts(true)).anySatisfy(row -> assertThat(row.field()).isEqualTo("code"));
            assertThat(hq.ledger.count("server_conflict")).isGreaterThanOrEqualTo(2);
            assertThat(hq.ledger.values(theirs.id())).containsEntry("code", renamed);
        }
    }

    private void exchange(HqFixture hq, TestNode node, String name) throws Exception {
        NodeBundles bundles = new NodeBundles(node.core.database());
        bundles.export(dir.resolve(name + ".sqlite"), HqFixture.CERT_PASSWORD);
        new BundleImporter(hq.ca, hq.ledger).importBundle(dir.resolve(name + ".sqlite"), dir.resolve(name + "-reply.sqlite"));
        bundles.importReply(dir.resolve(name + "-reply.sqlite"), HqFixture.CERT_PASSWORD);
    }
}
