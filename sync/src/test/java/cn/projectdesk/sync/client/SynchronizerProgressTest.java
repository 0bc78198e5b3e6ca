package cn.projectdesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress a run reports batch by batch, and a cancel between batches that keeps what was acknowledged. */
class SynchronizerProgressTest {
    @TempDir
    Path dir;

    /** Accepts every push and has nothing to pull. */
    private static final class Accepting implements SyncTransport {
        int pushes;

        @Override
        public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) {
            pushes++;
            return new PushResponse(changes.size(), 0, throughSeq);
        }

        @Override
        public PullResponse pull(long after, int limit) {
            return new PullResponse(List.of(), after, false);
        }
    }

    @Test
    void progressCountsThePushAndCancelStopsBetweenBatches() throws Exception {
        try (TestNode node = TestNode.headquarters(dir.resolve("node"))) {
            node.createProject("LJ-2026-901", "进度测试");
            long pending = node.replication().outgoingCount(0);
            List<Synchronizer.Progress> seen = new ArrayList<>();
            Accepting server = new Accepting();
            Synchronizer.Report report = new Synchronizer(node.core.database(), server).runWith(seen::add);
            assertThat(report.pushed()).isPositive();
            assertThat(seen.get(0)).isEqualTo(new Synchronizer.Progress(Synchronizer.Progress.Phase.PUSH, 0, pending));
            assertThat(seen).contains(new Synchronizer.Progress(Synchronizer.Progress.Phase.PUSH, pending, pending));
            assertThat(seen.get(seen.size() - 1).phase()).isEqualTo(Synchronizer.Progress.Phase.PULL);

            node.rename("LJ-2026-901", "进度测试（改）");
            long acknowledged = SyncStatus.of(node.core.database()).pushedSeq();
            int pushesBefore = server.pushes;
            assertThatThrownBy(() -> new Synchronizer(node.core.database(), server).runWith(new Synchronizer.Listener() {
                @Override
                public void progress(Synchronizer.Progress progress) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            })).isInstanceOf(SyncCancelledException.class);
            SyncStatus status = SyncStatus.of(node.core.database());
            assertThat(server.pushes).as("nothing sent after the cancel").isEqualTo(pushesBefore);
            assertThat(status.pushedSeq()).isEqualTo(acknowledged);
            assertThat(status.pendingChanges()).isPositive();
            assertThat(status.lastResult()).startsWith("CANCELLED");
        }
    }
}
