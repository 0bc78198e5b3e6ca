package cn.projectdesk.sync.client;

import cn.projectdesk.core.store.ApplyResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeMerger;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.Replication;
import cn.projectdesk.sync.merge.FieldMergeEngine;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.ReferenceData;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sync run: push every local change since the last acknowledged one, in batches; only when all of
 * them are acknowledged, pull from the cursor and apply each pulled batch in one transaction (the
 * PowerSync rule: a pull never overwrites an edit the server has not seen). The acknowledged seq and
 * the cursor advance only after the server's answer or the local commit, so a run interrupted
 * anywhere resumes without repeating or skipping anything (repeats are skipped by change id anyway).
 */
public final class Synchronizer {
    public static final int PUSH_BATCH = 1000;
    public static final int PULL_BATCH = 1000;

    private final Database database;
    private final SyncTransport transport;
    private final SyncState state;
    private final ChangeMerger engine;

    public Synchronizer(Database database, SyncTransport transport) {
        this(database, transport, new FieldMergeEngine());
    }

    /** With another merge (a test's merge that fails half-way through a pulled batch, as a killed client would). */
    public Synchronizer(Database database, SyncTransport transport, ChangeMerger merger) {
        this.database = database;
        this.transport = transport;
        this.state = new SyncState(database.settings());
        this.engine = merger;
    }

    public record Report(int pushed, int duplicates, int pulled, int conflicts, long cursor) {
    }

    public Report run(Consumer<String> progress) throws IOException, InterruptedException {
        try {
            Report report = pushAll(progress);
            report = pullAll(report, progress);
            state.finished(Instant.now(), "OK pushed=" + report.pushed() + " pulled=" + report.pulled()
                    + " conflicts=" + report.conflicts());
            return report;
        } catch (IOException | RuntimeException e) {
            state.finished(Instant.now(), "FAILED " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            throw e;
        }
    }

    private Report pushAll(Consumer<String> progress) throws IOException, InterruptedException {
        Replication replication = database.replication();
        long acknowledged = state.pushed();
        int pushed = 0;
        int duplicates = 0;
        while (true) {
            List<ChangeLogEntry> batch = replication.outgoing(acknowledged, PUSH_BATCH);
            if (batch.isEmpty()) {
                return new Report(pushed, duplicates, 0, 0, state.cursor());
            }
            List<WireChange> wire = batch.stream().filter(e -> !ReferenceData.TYPES.contains(e.entityType()))
                    .map(WireChange::of).toList();
            long through = batch.get(batch.size() - 1).seq();
            // sent even when empty: the server learns how far this node's log is acknowledged
            var answer = transport.push(database.nodeId(), through, wire);
            if (!answer.corrections().isEmpty()) {
                // the server renamed a project code another office claimed first: before anything is pulled
                replication.apply(answer.corrections().stream().map(WireChange::toEntry).toList(), engine);
            }
            pushed += answer.accepted();
            duplicates += answer.duplicates();
            acknowledged = through;
            state.pushed(acknowledged);
            progress.accept("pushed " + pushed);
        }
    }

    private Report pullAll(Report pushed, Consumer<String> progress) throws IOException, InterruptedException {
        Replication replication = database.replication();
        long cursor = state.cursor();
        int pulled = 0;
        int conflicts = 0;
        while (true) {
            PullResponse page = transport.pull(cursor, PULL_BATCH);
            if (!page.changes().isEmpty()) {
                ApplyResult result = replication.apply(page.changes().stream().map(WireChange::toEntry).toList(), engine);
                pulled += result.applied();
                conflicts += result.conflicts();
            }
            cursor = page.cursor();
            state.cursor(cursor);
            progress.accept("pulled " + pulled);
            if (!page.more()) {
                return new Report(pushed.pushed(), pushed.duplicates(), pulled, conflicts, cursor);
            }
        }
    }
}
