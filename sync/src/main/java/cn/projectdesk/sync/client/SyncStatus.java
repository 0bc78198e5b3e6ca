package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.Replication;
import cn.projectdesk.sync.protocol.ReferenceData;
import java.time.Instant;

/** What the Sync screen and {@code projectdesk sync status} show. */
public record SyncStatus(String server, boolean configured, long pendingChanges, Instant lastSyncAt, String lastResult,
                         long pushedSeq, long cursor, long openConflicts) {

    public static SyncStatus of(Database database) {
        SyncState state = new SyncState(database.settings());
        Replication replication = database.replication();
        return new SyncStatus(state.server().orElse(null), state.server().isPresent() && state.certificate().isPresent(),
                replication.outgoingCount(state.pushed(), ReferenceData.TYPES), state.lastAt().orElse(null),
                state.lastResult().orElse(null), state.pushed(), state.cursor(), replication.openConflictCount());
    }
}
