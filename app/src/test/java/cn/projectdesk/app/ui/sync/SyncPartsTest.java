package cn.projectdesk.app.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.sync.client.SyncCancelledException;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync screen's plain parts: the timer's schedule, Cancel during a request, bundle names and refusals. */
class SyncPartsTest {
    @TempDir
    Path dir;

    @Test
    void theScheduleWaitsTheIntervalAndBacksOffAfterFailures() {
        SyncSchedule schedule = new SyncSchedule();
        Instant t = Instant.parse("2026-11-22T08:00:00Z");
        assertThat(schedule.due(t, 0)).as("off").isFalse();
        assertThat(schedule.due(t, 15)).as("first turn").isTrue();
        schedule.attempted(t, false);
        assertThat(schedule.due(t.plusSeconds(14 * 60), 15)).isFalse();
        assertThat(schedule.due(t.plusSeconds(15 * 60), 15)).isTrue();
        for (int i = 0; i < 5; i++) {
            schedule.attempted(t, true);
        }
        assertThat(schedule.wait(15).toMinutes()).as("at most eight intervals").isEqualTo(120);
        assertThat(schedule.due(t.plusSeconds(119 * 60), 15)).isFalse();
        schedule.attempted(t, false);
        assertThat(schedule.wait(15).toMinutes()).isEqualTo(15);
    }

    @Test
    void cancelStopsARequestThatWaitsOnTheNetwork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        SyncTransport hanging = new SyncTransport() {
            @Override
            public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws InterruptedException {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw e;
                }
                return new PushResponse(0, 0, 0);
            }

            @Override
            public PullResponse pull(long after, int limit) throws IOException {
                throw new IOException("connection refused (test)");
            }
        };
        ExecutorService http = Executors.newCachedThreadPool();
        AtomicBoolean cancel = new AtomicBoolean();
        try {
            CancellableTransport transport = new CancellableTransport(hanging, http, cancel::get);
            assertThatThrownBy(() -> transport.pull(0, 10)).isInstanceOf(IOException.class).hasMessageContaining("refused");
            Thread canceller = new Thread(() -> {
                try {
                    started.await();
                    cancel.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            canceller.start();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> transport.push("n", 1, List.of())).isInstanceOf(SyncCancelledException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5_000);
            http.shutdown();
            assertThat(http.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).isTrue();
        } finally {
            http.shutdownNow();
        }
    }

    @Test
    void bundleNamesCarryNodeAndTimeAndNeverOverwrite() throws Exception {
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 22, 9, 30, 5, 0, ZoneId.of("Asia/Shanghai"));
        Path first = BundleNames.propose(dir, "0193a1b2c3d4e5f6", at);
        assertThat(first.getFileName().toString()).isEqualTo("projectdesk-c3d4e5f6-20261122-093005.pdbundle");
        Files.writeString(first, "x");
        assertThat(BundleNames.propose(dir, "0193a1b2c3d4e5f6", at).getFileName().toString())
                .isEqualTo("projectdesk-c3d4e5f6-20261122-093005-2.pdbundle");
    }

    @Test
    void refusalReasonsOfTheSyncModuleMapToHeadlines() {
        assertThat(BundleRefusal.of("r.sqlite was altered: its changes do not match the manifest's hash"))
                .isEqualTo(BundleRefusal.TAMPERED);
        assertThat(BundleRefusal.of("r.sqlite is wrongly signed: the signature does not match its content"))
                .isEqualTo(BundleRefusal.WRONG_SIGNATURE);
        assertThat(BundleRefusal.of("reply is signed by a certificate not issued by this CA (foreign or forged)"))
                .isEqualTo(BundleRefusal.FOREIGN);
        assertThat(BundleRefusal.of("r.sqlite is for node X, not this one (Y)")).isEqualTo(BundleRefusal.OTHER_NODE);
        assertThat(BundleRefusal.of("r continues from server change 9 but this node has only seen up to 3: an earlier reply is missing"))
                .isEqualTo(BundleRefusal.OUT_OF_ORDER);
        assertThat(BundleRefusal.of("b.sqlite is not a reply from headquarters (UP)")).isEqualTo(BundleRefusal.NOT_A_REPLY);
        assertThat(BundleRefusal.of("t.sqlite is not a readable bundle (truncated or not a ProjectDesk bundle): x"))
                .isEqualTo(BundleRefusal.DAMAGED);
        assertThat(BundleRefusal.of("something new")).isEqualTo(BundleRefusal.OTHER);
    }
}
