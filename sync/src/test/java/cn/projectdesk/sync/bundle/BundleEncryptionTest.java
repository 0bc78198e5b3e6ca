package cn.projectdesk.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.NodeBundles;
import cn.projectdesk.sync.server.BundleImporter;
import cn.projectdesk.sync.server.DeviceCa;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles encrypted to their receiver (ADR 25): a node's bundle to headquarters' server certificate, the
 * reply to the device certificate; nobody else can read either, and a wrong recipient or a damaged
 * envelope is refused with the reason and nothing applied.
 */
class BundleEncryptionTest {
    @TempDir
    Path dir;

    @Test
    void bundlesTravelEncryptedToTheReceiverAndOthersAreRefused() throws Exception {
        try (HqFixture hq = new HqFixture(dir.resolve("server")); TestNode node = new TestNode(dir.resolve("office"));
             TestNode other = new TestNode(dir.resolve("other"))) {
            Path cert = hq.device("airgap", "KS1");
            DeviceSetup.importCertificate(node.core.database(), cert, HqFixture.CERT_PASSWORD);
            NodeBundles bundles = new NodeBundles(node.core.database());
            BundleImporter importer = new BundleImporter(hq.ca, hq.ledger);
            X509Certificate server = NodeBundles.readCertificate(hq.ca.serverCertificateFile());

            bundles.export(dir.resolve("b1.p7m"), HqFixture.CERT_PASSWORD, server);
            importer.importBundle(dir.resolve("b1.p7m"), dir.resolve("r1.p7m"));
            assertThat(BundleEnvelope.sealed(dir.resolve("r1.p7m"))).as("the reply is encrypted to the device").isTrue();
            bundles.importReply(dir.resolve("r1.p7m"), HqFixture.CERT_PASSWORD);
            assertThat(node.core.setup().isInitialized()).isTrue();

            node.createProject("KS1-2026-301", "加密项目", node.orgUnit("KS1"));
            NodeBundles.Exported exported = bundles.export(dir.resolve("b2.p7m"), HqFixture.CERT_PASSWORD, server);
            byte[] sealed = Files.readAllBytes(dir.resolve("b2.p7m"));
            assertThat(new String(sealed, StandardCharsets.UTF_8)).as("no plain text in the file")
                    .doesNotContain("KS1-2026-301").doesNotContain("SQLite format 3");
            assertThatThrownBy(() -> BundleFile.read(dir.resolve("b2.p7m"))).isInstanceOf(BundleRefusedException.class);

            // a damaged envelope: refused, nothing stored
            long stored = hq.ledger.count("server_change");
            Path truncated = Files.copy(dir.resolve("b2.p7m"), dir.resolve("truncated.p7m"));
            try (RandomAccessFile f = new RandomAccessFile(truncated.toFile(), "rw")) {
                f.setLength(f.length() / 2);
            }
            assertThatThrownBy(() -> importer.importBundle(truncated, null)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("damaged or truncated");
            // encrypted to another headquarters: refused with the reason
            DeviceCa foreign = new DeviceCa(dir.resolve("foreign"));
            foreign.init(List.of("localhost"), Duration.ofDays(1));
            bundles.export(dir.resolve("wrong.p7m"), HqFixture.CERT_PASSWORD,
                    NodeBundles.readCertificate(foreign.serverCertificateFile()));
            assertThatThrownBy(() -> importer.importBundle(dir.resolve("wrong.p7m"), null))
                    .isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("encrypted to another recipient").hasMessageContaining("this headquarters server");
            assertThat(hq.ledger.count("server_change")).as("nothing applied from refused bundles").isEqualTo(stored);

            BundleImporter.Result result = importer.importBundle(dir.resolve("b2.p7m"), dir.resolve("r2.p7m"));
            assertThat(result.accepted()).isEqualTo(exported.changes());
            // the reply is for this device only: another office's device cannot open it
            DeviceSetup.importCertificate(other.core.database(), hq.device("other", "KS1"), HqFixture.CERT_PASSWORD);
            assertThatThrownBy(() -> new NodeBundles(other.core.database()).importReply(dir.resolve("r2.p7m"),
                    HqFixture.CERT_PASSWORD)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("encrypted to another recipient").hasMessageContaining("this device");
            NodeBundles.Imported imported = bundles.importReply(dir.resolve("r2.p7m"), HqFixture.CERT_PASSWORD);
            assertThat(imported.cursor()).isPositive();
            assertThat(cn.projectdesk.sync.client.SyncStatus.of(node.core.database()).pendingChanges()).isZero();
        }
    }

    @Test
    void syncSetupRecordsTheServerCertificateAndLaterBundlesAreEncryptedToIt() throws Exception {
        try (HqFixture hq = new HqFixture(dir.resolve("server")); TestNode node = new TestNode(dir.resolve("office"))) {
            Path cert = hq.device("online", "KS1");
            DeviceSetup.connect(node.core.database(), hq.uri(), cert, HqFixture.CERT_PASSWORD);
            NodeBundles bundles = new NodeBundles(node.core.database());
            assertThat(bundles.knownServerCertificate()).get()
                    .isEqualTo(NodeBundles.readCertificate(hq.ca.serverCertificateFile()));
            bundles.export(dir.resolve("b.p7m"), HqFixture.CERT_PASSWORD);
            assertThat(BundleEnvelope.sealed(dir.resolve("b.p7m"))).isTrue();
            assertThat(new BundleImporter(hq.ca, hq.ledger).importBundle(dir.resolve("b.p7m"), null).alreadyImported())
                    .isFalse();
        }
    }
}
