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

    /** Where a run is, for a progress bar; {@code total} is -1 when unknown (the server does not say how much it has). */
    public record Progress(Phase phase, long done, long total) {
        public enum Phase { PUSH, PULL }
    }

    /** Hears about every batch and may stop the run between two batches (the app's Cancel button). */
    public interface Listener {
        void progress(Progress progress);

        default boolean cancelled() {
            return false;
        }
    }

    public Report run(Consumer<String> progress) throws IOException, InterruptedException {
        return runWith(p -> progress.accept((p.phase() == Progress.Phase.PUSH ? "pushed " : "pulled ") + p.done()));
    }

    /**
     * As {@link #run(Consumer)}; when the listener asks to stop, the run ends after the batch in hand with
     * {@link SyncCancelledException} (what was committed stays, the next run resumes from there).
     */
    public Report runWith(Listener listener) throws IOException, InterruptedException {
        try {
            Report report = pushAll(listener);
            report = pullAll(report, listener);
            state.finished(Instant.now(), "OK pushed=" + report.pushed() + " pulled=" + report.pulled()
                    + " conflicts=" + report.conflicts());
            return report;
        } catch (SyncCancelledException e) {
            state.finished(Instant.now(), "CANCELLED " + e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            state.finished(Instant.now(), "FAILED " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            throw e;
        }
    }

    private Report pushAll(Listener listener) throws IOException, InterruptedException {
        Replication replication = database.replication();
        long acknowledged = state.pushed();
        long total = replication.outgoingCount(acknowledged);
        long sent = 0;
        int pushed = 0;
        int duplicates = 0;
        listener.progress(new Progress(Progress.Phase.PUSH, 0, total));
        while (true) {
            stopIfCancelled(listener, "pushed=" + pushed);
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
            sent += batch.size();
            listener.progress(new Progress(Progress.Phase.PUSH, sent, Math.max(total, sent)));
        }
    }

    private Report pullAll(Report pushed, Listener listener) throws IOException, InterruptedException {
        Replication replication = database.replication();
        long cursor = state.cursor();
        int pulled = 0;
        int conflicts = 0;
        listener.progress(new Progress(Progress.Phase.PULL, 0, -1));
        while (true) {
            stopIfCancelled(listener, "pushed=" + pushed.pushed() + " pulled=" + pulled);
            PullResponse page = transport.pull(cursor, PULL_BATCH);
            if (!page.changes().isEmpty()) {
                ApplyResult result = replication.apply(page.changes().stream().map(WireChange::toEntry).toList(), engine);
                pulled += result.applied();
                conflicts += result.conflicts();
            }
            cursor = page.cursor();
            state.cursor(cursor);
            listener.progress(new Progress(Progress.Phase.PULL, pulled, page.more() ? -1 : pulled));
            if (!page.more()) {
                return new Report(pushed.pushed(), pushed.duplicates(), pulled, conflicts, cursor);
            }
        }
    }

    private static void stopIfCancelled(Listener listener, String sofar) throws SyncCancelledException {
        if (listener.cancelled()) {
            throw new SyncCancelledException(sofar);
        }
    }
}
