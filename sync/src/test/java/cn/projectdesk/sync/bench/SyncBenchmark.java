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
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** Changes of the untimed warm-up round: the JIT compiler keeps speeding H2 up over the first ~200k rows. */
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", CHANGES);
    private static final int BATCH = 5000;

    /** One timed run: wall and process CPU seconds of its two halves. */
    private record Run(double first, double second, double firstCpu, double secondCpu) {
        double total() {
            return first + second;
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("sync-bench");
        try {
            ServerSettings settings = ServerSettings.defaults(0).withHost("127.0.0.1")
                    .withLimits(64L * 1024 * 1024, 10_000, 10_000);
            try (HqFixture hq = new HqFixture(dir.resolve("server"), settings)) {
                String department = hq.ledger.orgUnitId("KS1").orElseThrow().toString();
                SyncClient pull = hq.client(hq.device("bench-pull", "KS1"));
                long[] cursor = {0};
                pullAll(pull, cursor); // the reference data headquarters published
                // a warm-up round first: the server is a long-running service, and JIT compilation is not its work
                Run coldPush = pushAndPull(hq, pull, cursor, department, "bench-w", WARM_UP);
                Run coldBundle = bundle(hq, dir, department, "bench-v", WARM_UP);
                pullAll(pull, cursor); // bundles are in the same scope: the timed pulls take only their round's push
                List<Run> pushPull = new ArrayList<>();
                List<Run> bundles = new ArrayList<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    pushPull.add(pushAndPull(hq, pull, cursor, department, "bench-a" + round, CHANGES));
                    bundles.add(bundle(hq, dir, department, "bench-c" + round, CHANGES));
                    pullAll(pull, cursor);
                }
                write(out.resolve("sync-push-pull.json"), "sync push+pull " + CHANGES + " changes over loopback mTLS",
                        pushPull, coldPush, 10.0, "push", "pull");
                write(out.resolve("sync-bundle.json"), "bundle export+import " + CHANGES + " changes", bundles, coldBundle,
                        5.0, "export", "import");
            }
            ConcurrentClientsBenchmark.run(out, dir.resolve("concurrent"));
        } finally {
            deleteTree(dir); // the server database of a run is over 500 MB
        }
    }

    /** One office pushes its changes in batches, another (same org unit) pulls them from its cursor. */
    private static Run pushAndPull(HqFixture hq, SyncClient pull, long[] cursor, String department, String node, int count)
            throws Exception {
        SyncClient push = hq.client(hq.device(node, "KS1"));
        List<WireChange> changes = synthetic(count, department, node);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        for (int i = 0; i < changes.size(); i += BATCH) {
            push.push(node, i + BATCH, changes.subList(i, Math.min(changes.size(), i + BATCH)));
        }
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        int pulled = pullAll(pull, cursor);
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        if (pulled != count) {
            throw new IllegalStateException("pulled " + pulled + " of " + count);
        }
        return new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9);
    }

    private static int pullAll(SyncClient pull, long[] cursor) throws Exception {
        int pulled = 0;
        while (true) {
            PullResponse page = pull.pull(cursor[0], BATCH);
            pulled += page.changes().size();
            cursor[0] = page.cursor();
            if (!page.more()) {
                return pulled;
            }
        }
    }

    /** An office writes its changes into a signed bundle; headquarters imports it. */
    private static Run bundle(HqFixture hq, Path dir, String department, String node, int count) throws Exception {
        Path p12 = hq.device(node, "KS1");
        List<WireChange> changes = synthetic(count, department, node);
        KeyStore device = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            device.load(in, HqFixture.CERT_PASSWORD);
        }
        Path file = dir.resolve(node + ".sqlite");
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        BundleFile.write(file, new BundleManifest(BundleManifest.UP, UUID.randomUUID().toString(), node, node,
                0, count, 0, 0, 0, 0, "", Instant.now().toString(), "", null), changes,
                (PrivateKey) device.getKey("device", HqFixture.CERT_PASSWORD), (X509Certificate) device.getCertificate("device"));
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        BundleImporter.Result result = new BundleImporter(hq.ca, hq.ledger).importBundle(file, null);
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        if (result.accepted() != count) {
            throw new IllegalStateException("bundle import accepted " + result.accepted() + " of " + count);
        }
        Files.delete(file);
        return new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9);
    }

    private static void write(Path file, String name, List<Run> runs, Run cold, double target, String first,
                              String second) throws Exception {
        Run median = runs.stream().sorted(java.util.Comparator.comparingDouble(Run::total)).toList().get(runs.size() / 2);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("runs", runs.size());
        detail.put("allSeconds", runs.stream().map(r -> round(r.total())).toList());
        detail.put(first + "Seconds", median.first());
        detail.put(second + "Seconds", median.second());
        detail.put(first + "CpuSeconds", median.firstCpu());
        detail.put(second + "CpuSeconds", median.secondCpu());
        detail.put("warmUpChanges", WARM_UP);
        detail.put("warmUpSeconds", cold.total()); // the first round in a fresh JVM, for comparison
        write(file, name, median.total(), "s", target, detail);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** CPU time of the whole process (server, client, H2's writer): a figure that a busy machine disturbs less. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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


    private static void write(Path file, String name, double seconds, double target, Map<String, Object> detail)
            throws Exception {
        write(file, name, seconds, "s", target, detail);
    }

    static void write(Path file, String name, double value, String unit, Double target, Map<String, Object> detail)
            throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("median", round(value));
        json.put("unit", unit);
        json.put("runs", 1);
        if (target != null) {
            json.put("target", target);
        }
        json.put("load", String.format(Locale.ROOT, "load average %.1f at the end (2-core machine)",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        json.put("machine", System.getProperty("os.name") + " " + Runtime.getRuntime().availableProcessors() + " cpu, Java "
                + System.getProperty("java.version"));
        detail.forEach((key, v) -> json.put(key, v instanceof Double d ? round(d) : v));
        String text = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        Files.writeString(file, text + "\n");
        System.out.println(text);
    }

    private static java.math.BigDecimal round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP);
    }
}
