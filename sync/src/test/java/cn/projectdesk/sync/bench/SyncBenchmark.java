package cn.projectdesk.sync.bench;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.bundle.BundleFile;
import cn.projectdesk.sync.bundle.BundleManifest;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.WireChange;
import cn.projectdesk.sync.server.BundleImporter;
import cn.projectdesk.sync.server.ServerSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sync benchmarks (issue 7), run by {@code mvn -B -o -Pbench -pl core,sync verify -DskipTests}: 100k changes
 * pushed by one office and pulled by another over loopback HTTPS with mutual TLS 1.3 (server merge and
 * H2 storage included; the pulling office's Hibernate apply is not), and a bundle of 100k changes written
 * (signed SQLite) and imported by headquarters, then 50 offices syncing 1,000 changes each at once
 * ({@link ConcurrentClientsBenchmark}). Results as JSON in sync/target/bench/.
 */
public final class SyncBenchmark {
    private static final int CHANGES = Integer.getInteger("bench.changes", 100_000);
    private static final int BATCH = 5000;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("sync-bench");
        ServerSettings settings = ServerSettings.defaults(0).withHost("127.0.0.1").withLimits(64L * 1024 * 1024, 10_000, 10_000);
        try (HqFixture hq = new HqFixture(dir.resolve("server"), settings)) {
            Path producer = hq.device("bench-a", "KS1");
            Path consumer = hq.device("bench-b", "KS1");
            Path bundler = hq.device("bench-c", "KS1");
            String department = orgUnitId(hq, "KS1");

            SyncClient push = hq.client(producer);
            List<WireChange> changes = synthetic(CHANGES, department, "bench-a");
            long t0 = System.nanoTime();
            for (int i = 0; i < changes.size(); i += BATCH) {
                push.push("bench-a", i + BATCH, changes.subList(i, Math.min(changes.size(), i + BATCH)));
            }
            long t1 = System.nanoTime();
            SyncClient pull = hq.client(consumer);
            long cursor = 0;
            int pulled = 0;
            while (true) {
                PullResponse page = pull.pull(cursor, BATCH);
                pulled += page.changes().size();
                cursor = page.cursor();
                if (!page.more()) {
                    break;
                }
            }
            long t2 = System.nanoTime();
            if (pulled < CHANGES) {
                throw new IllegalStateException("pulled " + pulled + " of " + CHANGES);
            }
            write(out.resolve("sync-push-pull.json"), "sync push+pull " + CHANGES + " changes over loopback mTLS",
                    (t2 - t0) / 1e9, 10.0, Map.of("pushSeconds", (t1 - t0) / 1e9, "pullSeconds", (t2 - t1) / 1e9));

            List<WireChange> bundleChanges = synthetic(CHANGES, department, "bench-c");
            KeyStore device = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(bundler)) {
                device.load(in, HqFixture.CERT_PASSWORD);
            }
            Path file = dir.resolve("bench-bundle.sqlite");
            long b0 = System.nanoTime();
            BundleFile.write(file, new BundleManifest(BundleManifest.UP, UUID.randomUUID().toString(), "bench-c", "bench-c",
                    0, CHANGES, 0, 0, 0, 0, "", Instant.now().toString(), "", null), bundleChanges,
                    (PrivateKey) device.getKey("device", HqFixture.CERT_PASSWORD), (X509Certificate) device.getCertificate("device"));
            long b1 = System.nanoTime();
            BundleImporter.Result result = new BundleImporter(hq.ca, hq.ledger).importBundle(file, null);
            long b2 = System.nanoTime();
            if (result.accepted() != CHANGES) {
                throw new IllegalStateException("bundle import accepted " + result.accepted());
            }
            write(out.resolve("sync-bundle.json"), "bundle export+import " + CHANGES + " changes", (b2 - b0) / 1e9, 5.0,
                    Map.of("exportSeconds", (b1 - b0) / 1e9, "importSeconds", (b2 - b1) / 1e9,
                            "bundleBytes", Files.size(file)));
        }
        ConcurrentClientsBenchmark.run(out, dir.resolve("concurrent"));
    }

    static List<WireChange> synthetic(int count, String department, String node) {
        List<WireChange> changes = new ArrayList<>(count);
        long hlc = System.currentTimeMillis() << 16;
        for (int i = 0; i < count; i++) {
            Map<String, FieldChange> fields = new LinkedHashMap<>();
            fields.put("code", new FieldChange(null, String.format(Locale.ROOT, "B%s-2026-%06d", node.substring(6), i)));
            fields.put("name", new FieldChange(null, "基准项目 " + i));
            fields.put("department", new FieldChange(null, department));
            fields.put("year", new FieldChange(null, "2026"));
            fields.put("deleted", new FieldChange(null, "false"));
            changes.add(new WireChange(0, TimeOrderedUuid.next(), "Project", TimeOrderedUuid.next(), "INSERT", fields,
                    "bench", ++hlc, node));
        }
        return changes;
    }

    static String orgUnitId(HqFixture hq, String code) {
        return hq.store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT entity_id FROM server_field WHERE field = 'code' AND field_value = ?")) {
                select.setString(1, code);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class).toString();
                }
            }
        });
    }

    private static void write(Path file, String name, double seconds, double target, Map<String, Object> detail)
            throws Exception {
        write(file, name, seconds, "s", target, detail);
    }

    static void write(Path file, String name, double value, String unit, Double target, Map<String, Object> detail)
            throws Exception {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"name\": \"").append(name).append("\",\n");
        json.append("  \"median\": ").append(String.format(Locale.ROOT, "%.3f", value)).append(",\n");
        json.append("  \"unit\": \"").append(unit).append("\",\n  \"runs\": 1,\n");
        if (target != null) {
            json.append("  \"target\": ").append(target).append(",\n");
        }
        json.append("  \"load\": \"loaded (shared 2-core machine, load average ")
                .append(String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage())).append(")\",\n");
        json.append("  \"machine\": \"").append(System.getProperty("os.name")).append(' ')
                .append(Runtime.getRuntime().availableProcessors()).append(" cpu, Java ")
                .append(System.getProperty("java.version")).append("\",\n");
        for (Map.Entry<String, Object> e : detail.entrySet()) {
            json.append("  \"").append(e.getKey()).append("\": ").append(e.getValue() instanceof Double d
                    ? String.format(Locale.ROOT, "%.3f", d) : e.getValue()).append(",\n");
        }
        json.setLength(json.length() - 2);
        json.append("\n}\n");
        Files.writeString(file, json);
        System.out.print(json);
    }
}
