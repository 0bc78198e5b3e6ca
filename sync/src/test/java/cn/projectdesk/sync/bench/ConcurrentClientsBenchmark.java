package cn.projectdesk.sync.bench;

import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.WireChange;
import cn.projectdesk.sync.server.ServerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 7: 50 offices syncing at the same time, 1,000 changes each, over HTTPS with mutual TLS to one
 * server. Ten departments of five offices: each office pushes its changes in batches of 100, then pulls
 * its department's changes (the other four offices' and its own echoed back) in pages of 1,000. Every
 * request's time is recorded; the result is the median and p99 per batch and the error count (must be 0).
 */
final class ConcurrentClientsBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int PER_CLIENT = Integer.getInteger("bench.clientChanges", 1000);
    private static final int DEPARTMENTS = 10;
    private static final int PUSH_BATCH = 100;

    private ConcurrentClientsBenchmark() {
    }

    static void run(Path out, Path dir) throws Exception {
        ServerSettings settings = ServerSettings.defaults(0).withHost("127.0.0.1").withLimits(16L * 1024 * 1024, 1000, 1000);
        try (HqFixture hq = new HqFixture(dir, settings)) {
            for (int d = 0; d < DEPARTMENTS; d++) {
                hq.hq.addOrgUnit(String.format("B%02d", d), "部门 " + d, "LJFGJ", false);
            }
            hq.hq.publish(hq.ledger);
            List<SyncClient> clients = new ArrayList<>();
            List<String> departments = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String code = String.format("B%02d", i % DEPARTMENTS);
                clients.add(hq.client(hq.device("client-" + i, code)));
                departments.add(hq.ledger.orgUnitId(code).orElseThrow().toString());
            }
            ConcurrentLinkedQueue<Long> batchNanos = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger pulledTotal = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    try {
                        start.await();
                        syncOne(clients.get(index), "client-" + index, departments.get(index), batchNanos, pulledTotal);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println("client " + index + " failed: " + e);
                    }
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(batchNanos);
            Collections.sort(sorted);
            double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("p99BatchMs", p99);
            detail.put("wallSeconds", wall);
            detail.put("batches", sorted.size());
            detail.put("errors", errors.get());
            detail.put("clients", CLIENTS);
            detail.put("changesPerClient", PER_CLIENT);
            detail.put("pulledTotal", pulledTotal.get());
            SyncBenchmark.write(out.resolve("sync-concurrent-clients.json"), CLIENTS + " concurrent clients syncing "
                    + PER_CLIENT + " changes each (median per batch; p99 side by side)", median, "ms", null, detail);
            if (errors.get() > 0) {
                throw new IllegalStateException(errors.get() + " clients failed");
            }
        }
    }

    private static void syncOne(SyncClient client, String node, String department, ConcurrentLinkedQueue<Long> batchNanos,
                                AtomicInteger pulledTotal) throws Exception {
        List<WireChange> changes = SyncBenchmark.synthetic(PER_CLIENT, department, node);
        for (int i = 0; i < changes.size(); i += PUSH_BATCH) {
            long t = System.nanoTime();
            client.push(node, i + PUSH_BATCH, changes.subList(i, Math.min(changes.size(), i + PUSH_BATCH)));
            batchNanos.add(System.nanoTime() - t);
        }
        long cursor = 0;
        while (true) {
            long t = System.nanoTime();
            PullResponse page = client.pull(cursor, 1000);
            batchNanos.add(System.nanoTime() - t);
            pulledTotal.addAndGet(page.changes().size());
            cursor = page.cursor();
            if (!page.more()) {
                return;
            }
        }
    }
}
