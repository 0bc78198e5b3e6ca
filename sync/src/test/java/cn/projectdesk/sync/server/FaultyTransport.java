package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.ChangeOperation;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The real HTTPS client with faults while {@link #faults} is on: requests or answers lost, a batch
 * delivered twice, an older batch delivered again after a newer one (reordered), pulls replayed from an
 * older cursor, pulled pages shuffled, and pages poisoned at a random position so the apply fails
 * half-way and must roll back.
 */
final class FaultyTransport implements SyncTransport {
    private final SyncClient real;
    private final Random random;
    private List<WireChange> previousBatch = List.of();
    private long previousThrough;
    boolean faults;

    FaultyTransport(SyncClient real, Random random) {
        this.real = real;
        this.random = random;
    }

    @Override
    public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException {
        int dice = faults ? random.nextInt(20) : 99;
        if (dice == 0 || dice == 1) {
            throw new IOException("request lost (test)");
        }
        PushResponse answer = real.push(nodeId, throughSeq, changes);
        if (dice == 2) {
            answer = real.push(nodeId, throughSeq, changes); // the same batch delivered twice
        }
        if (dice == 3 && !previousBatch.isEmpty()) {
            real.push(nodeId, previousThrough, previousBatch); // an older batch arriving after a newer one
        }
        previousBatch = changes;
        previousThrough = throughSeq;
        if (dice == 4 || dice == 5) {
            throw new IOException("answer lost (test)");
        }
        return answer;
    }

    @Override
    public PullResponse pull(long after, int limit) throws IOException, InterruptedException {
        int dice = faults ? random.nextInt(20) : 99;
        if (dice == 0 || dice == 1) {
            throw new IOException("connection dropped (test)");
        }
        if (dice == 2) {
            return real.pull(Math.max(0, after - 5), limit); // replayed from an older cursor
        }
        PullResponse page = real.pull(after, limit);
        if (dice == 3 && page.changes().size() > 1) {
            // reordered within the batch: a row may now come before the row it references (the apply fails
            // and rolls back) or simply in another order (the merge must not care)
            List<WireChange> shuffled = new ArrayList<>(page.changes());
            Collections.shuffle(shuffled, random);
            return new PullResponse(shuffled, page.cursor(), page.more());
        }
        if (dice == 4 && !page.changes().isEmpty()) {
            // the apply fails at a random point: everything before it must roll back
            List<WireChange> poisoned = new ArrayList<>(page.changes());
            poisoned.add(random.nextInt(poisoned.size() + 1), new WireChange(page.cursor(), UUID.randomUUID(),
                    "NoSuchEntity", UUID.randomUUID(), ChangeOperation.UPDATE.name(), Map.of(), "x", 1, "x"));
            return new PullResponse(poisoned, page.cursor(), page.more());
        }
        return page;
    }
}
