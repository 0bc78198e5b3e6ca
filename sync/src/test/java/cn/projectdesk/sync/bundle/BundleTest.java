package cn.projectdesk.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.NodeBundles;
import cn.projectdesk.sync.protocol.WireChange;
import cn.projectdesk.sync.server.BundleImporter;
import cn.projectdesk.sync.server.DeviceCa;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An air-gapped office exchanging signed SQLite bundles with headquarters, and bad bundles refused whole. */
class BundleTest {
    @TempDir
    Path dir;

    @Test
    void anAirGappedOfficeRoundTripsAndBadBundlesAreRefusedWithAReason() throws Exception {
        try (HqFixture hq = new HqFixture(dir.resolve("server")); TestNode node = new TestNode(dir.resolve("office"))) {
            Path cert = hq.device("airgap", "KS1");
            DeviceSetup.importCertificate(node.core.database(), cert, HqFixture.CERT_PASSWORD);
            NodeBundles bundles = new NodeBundles(node.core.database());
            BundleImporter importer = new BundleImporter(hq.ca, hq.ledger);

            // first contact: an empty bundle out, the reference data back
            bundles.export(dir.resolve("b1.sqlite"), HqFixture.CERT_PASSWORD);
            importer.importBundle(dir.resolve("b1.sqlite"), dir.resolve("r1.sqlite"));
            bundles.importReply(dir.resolve("r1.sqlite"), HqFixture.CERT_PASSWORD);
            assertThat(node.core.setup().isInitialized()).isTrue();

            node.createProject("KS1-2026-201", "离线项目", node.orgUnit("KS1"));
            NodeBundles.Exported exported = bundles.export(dir.resolve("b2.sqlite"), HqFixture.CERT_PASSWORD);
            assertThat(exported.changes()).isPositive();
            long before = hq.ledger.count("server_change");
            BundleImporter.Result first = importer.importBundle(dir.resolve("b2.sqlite"), dir.resolve("r2.sqlite"));
            assertThat(first.accepted()).isEqualTo(exported.changes());
            assertThat(hq.ledger.count("server_change")).isEqualTo(before + exported.changes());
            // the same bundle again changes nothing
            assertThat(importer.importBundle(dir.resolve("b2.sqlite"), null).alreadyImported()).isTrue();
            assertThat(hq.ledger.count("server_change")).isEqualTo(before + exported.changes());
            NodeBundles.Imported reply = bundles.importReply(dir.resolve("r2.sqlite"), HqFixture.CERT_PASSWORD);
            assertThat(bundles.importReply(dir.resolve("r2.sqlite"), HqFixture.CERT_PASSWORD).applied()).isZero();
            assertThat(node.replication().outgoingCount(0)).isPositive();
            assertThat(cn.projectdesk.sync.client.SyncStatus.of(node.core.database()).pendingChanges()).isZero();
            assertThat(reply.cursor()).isPositive();

            // order: a bundle starting after what headquarters acknowledged reveals a missing one
            node.rename("KS1-2026-201", "离线项目（改）");
            Path b3 = dir.resolve("b3.sqlite");
            bundles.export(b3, HqFixture.CERT_PASSWORD);
            forgeAfterSeq(b3, 10_000);
            assertThatThrownBy(() -> importer.importBundle(b3, null)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("earlier bundle is missing");

            Path good = dir.resolve("b4.sqlite");
            bundles.export(good, HqFixture.CERT_PASSWORD);
            long stored = hq.ledger.count("server_change");
            // tampered: a change edited after signing
            Path tampered = copy(good, "tampered.sqlite");
            sql(tampered, "UPDATE change SET body = replace(body, '离线项目（改）', '篡改') WHERE ord = 0");
            assertThatThrownBy(() -> importer.importBundle(tampered, null)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("altered");
            // truncated file
            Path truncated = copy(good, "truncated.sqlite");
            try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
                f.setLength(f.length() / 3);
            }
            assertThatThrownBy(() -> importer.importBundle(truncated, null)).isInstanceOf(BundleRefusedException.class);
            // wrongly signed: the manifest changed after signing
            Path resigned = copy(good, "resigned.sqlite");
            sql(resigned, "UPDATE manifest SET value = 'other-node' WHERE key = 'nodeId'");
            assertThatThrownBy(() -> importer.importBundle(resigned, null)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("wrongly signed");
            // foreign: signed by a device of another CA
            DeviceCa foreign = new DeviceCa(dir.resolve("foreign"));
            foreign.init(List.of("localhost"), Duration.ofDays(1));
            Path foreignP12 = dir.resolve("foreign.p12");
            foreign.issueDevice("airgap", "KS1", foreignP12, HqFixture.CERT_PASSWORD, Duration.ofDays(1));
            try (TestNode stranger = new TestNode(dir.resolve("stranger"))) {
                DeviceSetup.importCertificate(stranger.core.database(), foreignP12, HqFixture.CERT_PASSWORD);
                new NodeBundles(stranger.core.database()).export(dir.resolve("foreign.sqlite"), HqFixture.CERT_PASSWORD);
            }
            assertThatThrownBy(() -> importer.importBundle(dir.resolve("foreign.sqlite"), null))
                    .isInstanceOf(BundleRefusedException.class).hasMessageContaining("not issued by this CA");
            // signed by the device, but one change among good ones is not a change (bodies are parsed in parallel)
            Path unreadable = dir.resolve("unreadable.sqlite");
            BundleFile.Contents contents = BundleFile.read(good);
            List<WireChange> changes = new java.util.ArrayList<>(contents.changes());
            changes.add(changes.size() / 2, new WireChange(0, java.util.UUID.randomUUID(), "Project",
                    java.util.UUID.randomUUID(), "BOGUS", java.util.Map.of(), "tester", 5, "node-x"));
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(cert)) {
                ks.load(in, HqFixture.CERT_PASSWORD);
            }
            BundleFile.write(unreadable, contents.manifest(), changes,
                    (java.security.PrivateKey) ks.getKey("device", HqFixture.CERT_PASSWORD),
                    (java.security.cert.X509Certificate) ks.getCertificate("device"));
            assertThatThrownBy(() -> importer.importBundle(unreadable, null)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("holds an unreadable change").hasMessageContaining("unknown operation BOGUS");
            assertThat(hq.ledger.count("server_change")).as("nothing applied from refused bundles").isEqualTo(stored);
            assertThat(importer.importBundle(good, null).accepted()).isPositive();
        }
    }

    private static void forgeAfterSeq(Path bundle, long afterSeq) throws Exception {
        // re-sign is impossible without the key, so forge with a freshly signed copy: only the seq differs
        sql(bundle, "UPDATE manifest SET value = '" + afterSeq + "' WHERE key = 'afterSeq'");
        resignWithDeviceKeyForTest(bundle);
    }

    /** Test-only: signs the forged manifest again with the device key so only the ordering check can refuse it. */
    private static void resignWithDeviceKeyForTest(Path bundle) throws Exception {
        java.util.Map<String, String> fields = new java.util.TreeMap<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + bundle); var s = c.createStatement();
             var rs = s.executeQuery("SELECT key, value FROM manifest")) {
            while (rs.next()) {
                fields.put(rs.getString(1), rs.getString(2));
            }
        }
        BundleManifest m = BundleManifest.fromMap(fields);
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(bundle.getParent().resolve("server/devices/airgap.p12"))) {
            ks.load(in, HqFixture.CERT_PASSWORD);
        }
        java.security.Signature sig = java.security.Signature.getInstance("SHA256withECDSA");
        sig.initSign((java.security.PrivateKey) ks.getKey("device", HqFixture.CERT_PASSWORD));
        sig.update(m.canonical().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sql(bundle, "UPDATE manifest SET value = '" + java.util.Base64.getEncoder().encodeToString(sig.sign())
                + "' WHERE key = 'signature'");
    }

    private Path copy(Path from, String name) throws Exception {
        return Files.copy(from, dir.resolve(name));
    }

    private static void sql(Path file, String statement) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
