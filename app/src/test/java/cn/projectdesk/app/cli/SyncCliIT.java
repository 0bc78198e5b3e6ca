package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.cli.LauncherProcess.Result;
import cn.projectdesk.sync.bundle.BundleEnvelope;
import cn.projectdesk.sync.server.BundleImporter;
import cn.projectdesk.sync.server.DeviceCa;
import cn.projectdesk.sync.server.DeviceRegistry;
import cn.projectdesk.sync.server.HqNode;
import cn.projectdesk.sync.server.ServerLedger;
import cn.projectdesk.sync.server.ServerSettings;
import cn.projectdesk.sync.server.ServerStore;
import cn.projectdesk.sync.server.SyncServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two offices driven only through bin/projectdesk against a real HQ server (HTTPS, mutual TLS on
 * 127.0.0.1): set-up, concurrent edits of the same project, sync, status and conflicts as JSON.
 */
class SyncCliIT {
    private static final String CERT_PASSWORD = "cli-cert-pass";

    @TempDir
    Path dir;

    @Test
    void twoOfficesSyncThroughTheCommandLine() throws Exception {
        Path serverDir = dir.resolve("hq");
        DeviceCa ca = new DeviceCa(serverDir);
        ca.init(List.of("localhost", "127.0.0.1"), Duration.ofDays(2));
        try (ServerStore store = ServerStore.open(ServerStore.defaultUrl(serverDir), "sa", "")) {
            ServerLedger ledger = new ServerLedger(store);
            try (HqNode hq = HqNode.open(serverDir)) {
                hq.init("Admin2026".toCharArray(), "LJFGJ", "临江市发展和改革局");
                hq.addOrgUnit("KS1", "投资科", "LJFGJ", false);
                hq.publish(ledger);
            }
            Path certA = serverDir.resolve("a.p12");
            Path certB = serverDir.resolve("b.p12");
            DeviceRegistry devices = new DeviceRegistry(store);
            devices.register("office-a", "KS1", ca.issueDevice("office-a", "KS1", certA, CERT_PASSWORD.toCharArray(), Duration.ofDays(2)));
            devices.register("office-b", "KS1", ca.issueDevice("office-b", "KS1", certB, CERT_PASSWORD.toCharArray(), Duration.ofDays(2)));
            ServerSettings settings = ServerSettings.defaults(0).withHost("127.0.0.1");
            try (SyncServer server = new SyncServer(ca, ledger, settings).start()) {
                String url = "https://127.0.0.1:" + server.port();
                Path a = dir.resolve("a");
                Path b = dir.resolve("b");
                assertOk(cli(a, "sync", "setup", "--server", url, "--device-cert", certA.toString()));
                assertOk(cli(b, "sync", "setup", "--server", url, "--device-cert", certB.toString()));
                assertOk(cli(a, "sync"));
                assertOk(cli(a, "--user", "admin", "projects", "create", "--code", "KS1-2026-301", "--name", "智慧停车",
                        "--department", "KS1", "--type", "INFORMATIZATION", "--year", "2026"));
                assertOk(cli(a, "sync"));
                assertOk(cli(b, "sync"));
                assertOk(cli(a, "--user", "admin", "projects", "update", "KS1-2026-301", "--name", "智慧停车（A）"));
                assertOk(cli(b, "--user", "admin", "projects", "update", "KS1-2026-301", "--name", "智慧停车（B）",
                        "--owner", "admin"));
                assertOk(cli(a, "sync"));
                Result bSync = cli(b, "sync");
                assertOk(bSync);
                JsonNode status = new ObjectMapper().readTree(cli(b, "sync", "status", "--json").out());
                assertThat(status.get("pendingChanges").asLong()).isZero();
                assertThat(status.get("openConflicts").asLong()).isEqualTo(1);
                assertThat(status.get("lastResult").asText()).startsWith("OK");
                JsonNode conflicts = new ObjectMapper().readTree(cli(b, "conflicts", "list", "--json").out());
                assertThat(conflicts).hasSize(1);
                assertThat(conflicts.get(0).get("field").asText()).isEqualTo("name");
                assertThat(List.of(conflicts.get(0).get("mine").asText(), conflicts.get(0).get("theirs").asText()))
                        .containsExactlyInAnyOrder("智慧停车（A）", "智慧停车（B）");
                Result badOwner = cli(b, "--user", "admin", "projects", "update", "KS1-2026-301", "--owner", "nobody");
                assertThat(badOwner.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(badOwner.err()).contains("--owner");

                // the same office through a bundle encrypted to headquarters' certificate (ADR 25)
                Path up = dir.resolve("a-up.bundle");
                Result export = cli(a, "bundle", "export", "--to", up.toString(), "--encrypt-to",
                        ca.serverCertificateFile().toString());
                assertOk(export);
                assertThat(export.out()).contains("CN=localhost");
                Path reply = dir.resolve("a-reply.bundle");
                new BundleImporter(ca, ledger).importBundle(up, reply);
                assertThat(BundleEnvelope.sealed(reply)).as("the reply is encrypted to the device").isTrue();
                assertOk(cli(a, "bundle", "import", reply.toString()));
                Result noCert = cli(a, "bundle", "export", "--to", up.toString(), "--encrypt-to",
                        dir.resolve("missing.crt").toString());
                assertThat(noCert.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            }
        }
    }

    private Result cli(Path data, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return LauncherProcess.run(dir, Map.of("PROJECTDESK_CERT_PASSWORD", CERT_PASSWORD, "PROJECTDESK_PASSWORD", "Admin2026"),
                all.toArray(String[]::new));
    }

    private static void assertOk(Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }
}
