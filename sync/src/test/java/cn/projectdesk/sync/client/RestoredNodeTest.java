package cn.projectdesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.backup.BackupRestorer;
import cn.projectdesk.core.backup.BackupResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.LocalSettings;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder restored from a backup (ADR 21) while the original may still run: it continues under a
 * new node id (ADR 26), so the two never stamp writes with the same node, and it still receives what the
 * original pushed after the backup was taken (pulls are not filtered by device: the node skips what it has).
 */
class RestoredNodeTest {
    @TempDir
    Path dir;

    @Test
    void aRestoredFolderTakesANewNodeIdAndCatchesUpWithTheOriginal() throws Exception {
        try (HqFixture hq = new HqFixture(dir.resolve("server"))) {
            Path cert = hq.device("office", "KS1");
            Path backup;
            String originalId;
            try (TestNode original = new TestNode(dir.resolve("original"))) {
                originalId = original.core.database().nodeId();
                hq.synchronizer(original, cert).run(p -> { });
                original.createProject("KS1-2026-401", "备份前", original.orgUnit("KS1"));
                hq.synchronizer(original, cert).run(p -> { });
                BackupResult result = original.core.ops().backups().backup(original.admin(),
                        Files.createDirectories(dir.resolve("backups")), null);
                backup = result.file();
                // after the backup, the original goes on working and syncing
                original.rename("KS1-2026-401", "备份后由原机修改");
                assertThat(hq.synchronizer(original, cert).run(p -> { }).pushed()).isPositive();
            }
            BackupRestorer.restore(backup, dir.resolve("restored"), null);
            try (TestNode restored = new TestNode(dir.resolve("restored"))) {
                String restoredId = restored.core.database().nodeId();
                assertThat(restoredId).as("a restored folder is a new node").isNotEqualTo(originalId);
                assertThat(restored.core.database().settings().get(LocalSettings.PREVIOUS_NODE_IDS)).contains(originalId);
                assertThat(restored.project("KS1-2026-401").name()).isEqualTo("备份前");

                hq.synchronizer(restored, cert).run(p -> { });
                assertThat(restored.project("KS1-2026-401").name()).as("the original's edit after the backup arrives")
                        .isEqualTo("备份后由原机修改");
                restored.setBudget("KS1-2026-401", "880.00");
                hq.synchronizer(restored, cert).run(p -> { });
                List<ChangeLogEntry> mine = restored.outgoing();
                assertThat(mine.get(mine.size() - 1).nodeId()).as("new edits carry the new node id").isEqualTo(restoredId);
                assertThat(hq.ledger.values(restored.project("KS1-2026-401").id())).containsEntry("approvedBudget", "880.00")
                        .containsEntry("name", "备份后由原机修改");
            }
            try (TestNode reopened = new TestNode(dir.resolve("original"))) {
                assertThat(reopened.core.database().nodeId()).as("the original keeps its id").isEqualTo(originalId);
            }
        }
    }
}
