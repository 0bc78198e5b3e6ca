package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.Synchronizer;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a real PostgreSQL, shared by two server instances: an office syncing through one
 * instance and another office through the other converge. Needs PROJECTDESK_TEST_PG_URL (a throw-away
 * database: its public schema is recreated); {@code eval "$(sync/src/test/pg/start-test-postgres.sh)"}
 * starts one on 127.0.0.1 (CI does this). Without it the test is skipped, saying so.
 */
class PostgresModeTest {
    @TempDir
    Path dir;

    @Test
    void twoServerInstancesShareOnePostgresql() throws Exception {
        String url = TestPostgres.emptyDatabase("PostgreSQL mode");
        ServerSettings settings = ServerSettings.defaults(0).withHost("127.0.0.1").withLimits(1 << 20, 10_000, 10_000);
        try (HqFixture hq = new HqFixture(dir.resolve("server"), settings, url, "");
             ServerStore secondStore = ServerStore.open(url, "", "");
             SyncServer second = new SyncServer(hq.ca, new ServerLedger(secondStore), settings).start();
             TestNode a = new TestNode(dir.resolve("a"));
             TestNode b = new TestNode(dir.resolve("b"))) {
            Path aCert = hq.device("pg-a", "KS1");
            Path bCert = hq.device("pg-b", "KS1");
            Synchronizer viaFirst = hq.synchronizer(a, aCert);
            Synchronizer viaSecond = new Synchronizer(b.core.database(), new cn.projectdesk.sync.client.SyncClient(
                    java.net.URI.create("https://127.0.0.1:" + second.port()), bCert, HqFixture.CERT_PASSWORD));
            viaFirst.run(p -> { });
            viaSecond.run(p -> { });
            a.createProject("KS1-2026-101", "数据中心", a.orgUnit("KS1"));
            viaFirst.run(p -> { });
            viaSecond.run(p -> { });
            a.rename("KS1-2026-101", "数据中心（A）");
            b.setBudget("KS1-2026-101", "3000000.00");
            viaFirst.run(p -> { });
            viaSecond.run(p -> { });
            viaFirst.run(p -> { });
            UUID id = a.project("KS1-2026-101").id();
            assertThat(TestNode.withoutNulls(a.replication().values("Project", id)))
                    .isEqualTo(TestNode.withoutNulls(b.replication().values("Project", id)))
                    .isEqualTo(TestNode.withoutNulls(hq.ledger.values(id)))
                    .containsEntry("name", "数据中心（A）").containsEntry("approvedBudget", "3000000.00");
        }
    }
}
