package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.client.SyncRefusedException;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.client.Synchronizer;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Real HTTPS with mutual TLS on 127.0.0.1: nodes with their own H2 databases sync through the HQ server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncServerTest {
    @TempDir
    static Path dir;
    HqFixture hq;
    TestNode a;
    TestNode b;
    TestNode other;
    Path aCert;
    Path bCert;
    Path otherCert;

    @BeforeAll
    void start() throws Exception {
        hq = new HqFixture(dir.resolve("server"));
        aCert = hq.device("ks1-a", "KS1");
        bCert = hq.device("ks1-b", "KS1");
        otherCert = hq.device("ks2", "KS2");
        a = new TestNode(dir.resolve("a"));
        b = new TestNode(dir.resolve("b"));
        other = new TestNode(dir.resolve("other"));
        sync(a, aCert);
        sync(b, bCert);
        sync(other, otherCert);
    }

    @AfterAll
    void stop() throws Exception {
        a.close();
        b.close();
        other.close();
        hq.close();
    }

    private Synchronizer.Report sync(TestNode node, Path cert) throws Exception {
        return hq.synchronizer(node, cert).run(p -> { });
    }

    private void syncAll() throws Exception {
        sync(a, aCert);
        sync(b, bCert);
        sync(a, aCert);
    }

    @Test
    void aNewOfficePullsReferenceDataAndItsUsersLogIn() {
        assertThat(a.core.setup().isInitialized()).isTrue();
        assertThat(a.admin().username()).isEqualTo("admin");
        assertThat(a.orgUnit("KS1")).isEqualTo(b.orgUnit("KS1"));
    }

    @Test
    void concurrentEditsThroughTheServerMergeAndKeepTheLoser() throws Exception {
        a.createProject("KS1-2026-001", "城西污水管网", a.orgUnit("KS1"));
        syncAll();
        a.rename("KS1-2026-001", "城西污水管网（A）");
        b.rename("KS1-2026-001", "城西污水管网（B）");
        b.setBudget("KS1-2026-001", "880000.00");
        syncAll();
        String name = a.project("KS1-2026-001").name();
        assertThat(b.project("KS1-2026-001").name()).isEqualTo(name);
        assertThat(a.project("KS1-2026-001").approvedBudget()).isEqualByComparingTo("880000.00");
        UUID id = a.project("KS1-2026-001").id();
        assertThat(TestNode.withoutNulls(hq.ledger.values(id)))
                .isEqualTo(TestNode.withoutNulls(a.replication().values("Project", id)));
        assertThat(a.replication().conflicts(true).stream().map(ConflictRow::field)).contains("name");
        assertThat(hq.ledger.count("server_conflict")).isPositive();
        // another office never sees KS1's project
        sync(other, otherCert);
        assertThat(other.replication().ids("Project")).doesNotContain(id);
    }

    @Test
    void deleteVersusEditThroughTheServer() throws Exception {
        a.createProject("KS1-2026-002", "旧城改造", a.orgUnit("KS1"));
        syncAll();
        UUID id = a.project("KS1-2026-002").id();
        a.core.projects().delete(a.admin(), id);
        b.rename("KS1-2026-002", "旧城改造（二期）");
        syncAll();
        assertThat(a.replication().values("Project", id)).isEqualTo(b.replication().values("Project", id))
                .containsEntry("deleted", "true").containsEntry("name", "旧城改造（二期）");
        assertThat(a.replication().conflicts(true).stream().filter(c -> c.entityId().equals(id)))
                .extracting(ConflictRow::kind).contains(cn.projectdesk.core.store.MergeConflict.ConflictKind.DELETE_EDIT);
    }

    @Test
    void repushingTheSameBatchStoresNothingTwice() throws Exception {
        a.createProject("KS1-2026-003", "重复推送", a.orgUnit("KS1"));
        List<WireChange> batch = a.replication().outgoing(0, 10_000).stream()
                .filter(e -> e.entityType().equals("Project")).map(WireChange::of).toList();
        SyncClient client = hq.client(aCert);
        client.push(a.core.database().nodeId(), 0, batch);
        long stored = hq.ledger.count("server_change");
        PushResponse again = client.push(a.core.database().nodeId(), 0, batch);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(batch.size());
        assertThat(hq.ledger.count("server_change")).isEqualTo(stored);
    }

    @Test
    void aConnectionDroppedAfterThePushResumesWithoutDuplicates() throws Exception {
        a.createProject("KS1-2026-004", "断线续传", a.orgUnit("KS1"));
        SyncClient real = hq.client(aCert);
        SyncTransport dropsAnswer = new SyncTransport() {
            @Override
            public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException {
                real.push(nodeId, throughSeq, changes);
                throw new IOException("connection reset (test)");
            }

            @Override
            public PullResponse pull(long after, int limit) throws IOException, InterruptedException {
                return real.pull(after, limit);
            }
        };
        assertThatThrownBy(() -> new Synchronizer(a.core.database(), dropsAnswer).run(p -> { }))
                .isInstanceOf(IOException.class);
        long stored = hq.ledger.count("server_change");
        Synchronizer.Report report = sync(a, aCert);
        assertThat(report.pushed()).isZero();
        assertThat(report.duplicates()).isPositive();
        assertThat(hq.ledger.count("server_change")).isEqualTo(stored);
        sync(b, bCert);
        assertThat(b.project("KS1-2026-004").name()).isEqualTo("断线续传");
    }

    @Test
    void aPushOutsideTheDeviceScopeIsRefusedWhole() throws Exception {
        a.createProject("KS1-2026-005", "越权", a.orgUnit("KS1"));
        List<WireChange> batch = a.replication().outgoing(0, 10_000).stream()
                .filter(e -> e.entityType().equals("Project")).map(WireChange::of).toList();
        long stored = hq.ledger.count("server_change");
        assertThatThrownBy(() -> hq.client(otherCert).push("intruder", 0, batch))
                .isInstanceOf(SyncRefusedException.class).hasMessageContaining("out_of_scope");
        assertThat(hq.ledger.count("server_change")).isEqualTo(stored);
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedAtTheHandshake() throws Exception {
        DeviceCa foreign = new DeviceCa(dir.resolve("foreign"));
        foreign.init(List.of("localhost", "127.0.0.1"), java.time.Duration.ofDays(1));
        Path p12 = dir.resolve("foreign-device.p12");
        foreign.issueDevice("ks1-a", "KS1", p12, HqFixture.CERT_PASSWORD, java.time.Duration.ofDays(1));
        assertThatThrownBy(() -> hq.client(p12).pull(0, 10)).isInstanceOf(IOException.class);
    }

    @Test
    void anExpiredCertificateIsRefusedAtTheHandshake() throws Exception {
        Path p12 = dir.resolve("expired.p12");
        var cert = hq.ca.issueDevice("expired", "KS1", p12, HqFixture.CERT_PASSWORD, java.time.Duration.ofSeconds(-60));
        new DeviceRegistry(hq.store).register("expired", "KS1", cert);
        assertThatThrownBy(() -> hq.client(p12).pull(0, 10)).isInstanceOf(IOException.class);
    }

    @Test
    void aRevokedCertificateIsRefused() throws Exception {
        Path p12 = hq.device("lost-laptop", "KS1");
        assertThat(hq.client(p12).pull(0, 1).changes()).isNotEmpty();
        new DeviceRegistry(hq.store).revoke("lost-laptop");
        assertThatThrownBy(() -> hq.client(p12).pull(0, 1))
                .isInstanceOf(SyncRefusedException.class).hasMessageContaining("revoked");
    }

    private String statusLineOfHeadersOnlyPost(long declaredLength) throws Exception {
        javax.net.ssl.SSLSocketFactory factory = SyncClient.tlsContext(aCert, HqFixture.CERT_PASSWORD).getSocketFactory();
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) factory.createSocket("127.0.0.1", hq.uri().getPort())) {
            socket.setSoTimeout(20_000);
            socket.setEnabledProtocols(new String[]{"TLSv1.3"});
            socket.startHandshake();
            socket.getOutputStream().write(("POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declaredLength + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void malformedAndOversizedRequestsAreRefusedAndNothingIsStored() throws Exception {
        SSLParameters tls13 = new SSLParameters();
        tls13.setProtocols(new String[]{"TLSv1.3"});
        HttpClient raw = HttpClient.newBuilder().sslContext(SyncClient.tlsContext(aCert, HqFixture.CERT_PASSWORD))
                .sslParameters(tls13).build();
        long stored = hq.ledger.count("server_change");
        HttpResponse<String> malformed = raw.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/push"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"nodeId\":\"x\",\"changes\":[{\"changeId\":")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("bad_request");
        HttpResponse<String> missingParts = raw.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/push"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"nodeId\":\"x\",\"throughSeq\":0,\"changes\":[{\"seq\":0,\"changeId\":\""
                        + UUID.randomUUID() + "\",\"entityType\":\"Project\",\"entityId\":null,\"operation\":\"INSERT\","
                        + "\"changes\":{},\"actor\":\"a\",\"hlc\":1,\"nodeId\":\"x\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missingParts.statusCode()).isEqualTo(400);
        assertThat(missingParts.body()).contains("entityId is missing");
        // the headers alone, declaring 2 MB against a 1 MB limit: the server refuses from the declared length.
        // (Sending the body too raced the refusal: the server closes with bytes unread and the client may
        // see a reset instead of the answer; and JDK 17's client hangs on "Expect: 100-continue" refusals.)
        assertThat(statusLineOfHeadersOnlyPost(2 * 1024 * 1024)).contains(" 413 ");
        assertThat(hq.ledger.count("server_change")).isEqualTo(stored);
        HttpResponse<String> health = raw.send(HttpRequest.newBuilder(hq.uri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");
        HttpResponse<String> metrics = raw.send(HttpRequest.newBuilder(hq.uri().resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("projectdesk_sync_refused_total");
    }
}
