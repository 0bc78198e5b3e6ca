package cn.projectdesk.app.ui.sync;

import cn.projectdesk.core.store.Database;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.OfficeJoin;
import cn.projectdesk.sync.client.SyncCancelledException;
import cn.projectdesk.sync.client.SyncClient;
import cn.projectdesk.sync.client.SyncRefusedException;
import cn.projectdesk.sync.client.SyncState;
import cn.projectdesk.sync.client.SyncStatus;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.client.Synchronizer;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one way to sync its data folder: "Sync now", bundle export/import and the periodic timer
 * all run on this agent's single thread and take its busy flag, so two never overlap (a second request
 * gets {@link SyncOutcome.Kind#BUSY}; the timer just skips its turn). The command line cannot interfere:
 * the data folder's OS lock (ADR 2) keeps {@code projectdesk sync} out while the window has it open.
 * Results reach JavaFX properties on the FX thread. See ADR 24.
 */
public final class SyncAgent {
    public static final String PASSWORD_VARIABLE = "PROJECTDESK_CERT_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);
    private static final long TICK_SECONDS = 30;
    private static final int PROBE_MILLIS = 3000;

    private final Database database;
    private final ServerProbe probe;
    private final IntConsumer saveEveryMinutes;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "projectdesk-sync"));
    private final ExecutorService side = Executors.newCachedThreadPool(r -> daemon(r, "projectdesk-sync-io"));
    private final SyncSchedule schedule = new SyncSchedule();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean cancelRequested;
    private volatile char[] password;
    private volatile int everyMinutesValue;
    private ScheduledFuture<?> timer;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper passwordKnown = new ReadOnlyBooleanWrapper(this, "passwordKnown");
    private final ReadOnlyIntegerWrapper everyMinutes = new ReadOnlyIntegerWrapper(this, "everyMinutes");
    private final ReadOnlyObjectWrapper<Synchronizer.Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyObjectWrapper<SyncOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    /** A request that found another sync or bundle exchange running. */
    public static final class BusyException extends IllegalStateException {
        BusyException() {
            super("another sync is running");
        }
    }

    public SyncAgent(Database database, int everyMinutes, IntConsumer saveEveryMinutes) {
        this(database, everyMinutes, saveEveryMinutes, ServerProbe.tcp(PROBE_MILLIS), System.getenv(PASSWORD_VARIABLE));
    }

    SyncAgent(Database database, int everyMinutes, IntConsumer saveEveryMinutes, ServerProbe probe, String passwordFromEnvironment) {
        this.database = database;
        this.probe = probe;
        this.saveEveryMinutes = saveEveryMinutes;
        this.everyMinutesValue = everyMinutes;
        this.everyMinutes.set(everyMinutes);
        if (passwordFromEnvironment != null && !passwordFromEnvironment.isEmpty()) {
            setPassword(passwordFromEnvironment.toCharArray());
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    // --- what the screen and the status bar show

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passwordKnownProperty() {
        return passwordKnown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty everyMinutesProperty() {
        return everyMinutes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Synchronizer.Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<SyncOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public Database database() {
        return database;
    }

    /** The certificate's password for this session only: kept in memory, never written anywhere (ADR 24). */
    public void setPassword(char[] value) {
        password = value == null || value.length == 0 ? null : value.clone();
        boolean known = password != null;
        onFx(() -> passwordKnown.set(known));
    }

    char[] password() {
        char[] p = password;
        return p == null ? null : p.clone();
    }

    /** Off (0) or every N minutes; saved in the desktop preferences. */
    public void setEveryMinutes(int minutes) {
        int value = Math.max(0, minutes);
        everyMinutesValue = value;
        saveEveryMinutes.accept(value);
        onFx(() -> everyMinutes.set(value));
    }

    // --- actions

    /** Pushes and pulls now; a request while another runs ends at once as BUSY. */
    public CompletableFuture<SyncOutcome> syncNow() {
        if (!busy.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(publish(SyncOutcome.of(SyncOutcome.Kind.BUSY, null)));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return publish(runSync());
            } finally {
                release();
            }
        }, worker);
    }

    /** Asks a running sync to stop after the batch or request in hand. */
    public void cancel() {
        cancelRequested = true;
    }

    /** Runs other work that must not overlap a sync (bundle export and import) on the sync thread. */
    public <T> CompletableFuture<T> exclusive(Callable<T> work) {
        if (!busy.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new BusyException());
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        worker.execute(() -> {
            onFx(() -> {
                running.set(true);
                progress.set(null);
            });
            try {
                done.complete(work.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            } finally {
                release();
                onFx(() -> running.set(false));
                publishStatus();
            }
        });
        return done;
    }

    /**
     * Joins headquarters from the first start (ADR 31) on the sync thread, so Cancel works as for "Sync now":
     * a request waiting on the server is abandoned and the run stops after the batch in hand. On success the
     * certificate's password is kept for this session only (ADR 24). Fails with what {@link OfficeJoin#join} throws.
     */
    public CompletableFuture<OfficeJoin.Result> join(URI server, java.nio.file.Path certificate, char[] pw) {
        cancelRequested = false; // nothing else runs before the first sign-in, so no other run's Cancel is lost
        char[] copy = pw.clone();
        return exclusive(() -> {
            try {
                OfficeJoin.Result result = OfficeJoin.join(database, server, certificate, copy, new OfficeJoin.Connection() {
                    @Override
                    public java.util.Map<?, ?> hello(SyncClient client) throws IOException, InterruptedException {
                        return new CancellableTransport(client, side, () -> cancelRequested).call(client::hello);
                    }

                    @Override
                    public SyncTransport transport(SyncClient client) {
                        return new CancellableTransport(client, side, () -> cancelRequested);
                    }
                }, new Synchronizer.Listener() {
                            @Override
                            public void progress(Synchronizer.Progress p) {
                                onFx(() -> progress.set(p));
                            }

                            @Override
                            public boolean cancelled() {
                                return cancelRequested;
                            }
                        });
                setPassword(copy);
                return result;
            } finally {
                java.util.Arrays.fill(copy, '\0');
            }
        });
    }

    /** Reads pending changes, cursor and conflicts again (off the FX thread). */
    public CompletableFuture<SyncStatus> refreshStatus() {
        return CompletableFuture.supplyAsync(this::publishStatus, side);
    }

    // --- the timer

    public synchronized void startSchedule() {
        if (timer == null) {
            timer = worker.scheduleWithFixedDelay(() -> {
                try {
                    tickOnWorker(Instant.now());
                } catch (RuntimeException e) {
                    LOG.warn("Automatic sync tick failed: {}", e.toString());
                }
            }, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        }
    }

    public synchronized void stopSchedule() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** One turn of the timer at the given time (tests call it instead of waiting); empty if not due. */
    public CompletableFuture<SyncOutcome> tick(Instant now) {
        return CompletableFuture.supplyAsync(() -> tickOnWorker(now), worker);
    }

    private SyncOutcome tickOnWorker(Instant now) {
        if (everyMinutesValue <= 0 || !schedule.due(now, everyMinutesValue)) {
            return null;
        }
        SyncStatus current = publishStatus();
        if (!current.configured()) {
            return publish(SyncOutcome.of(SyncOutcome.Kind.NOT_CONFIGURED, null));
        }
        if (password == null) {
            return publish(SyncOutcome.of(SyncOutcome.Kind.NO_PASSWORD, null));
        }
        if (!busy.compareAndSet(false, true)) {
            LOG.info("Automatic sync skipped: another sync is running");
            return null;
        }
        try {
            if (!probe.reachable(URI.create(current.server()))) {
                schedule.attempted(now, true);
                LOG.info("Automatic sync: {} unreachable, next try in {}", current.server(), schedule.wait(everyMinutesValue));
                return publish(SyncOutcome.of(SyncOutcome.Kind.UNREACHABLE, current.server()));
            }
            return publish(runSync());
        } finally {
            release();
        }
    }

    /** Stops the timer, cancels a running sync and waits for it, before the database closes. */
    public void shutdown() {
        stopSchedule();
        cancel();
        worker.shutdown();
        side.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- on the worker thread

    private SyncOutcome runSync() {
        cancelRequested = false;
        onFx(() -> {
            running.set(true);
            progress.set(null);
        });
        Instant started = Instant.now();
        try {
            if (new SyncState(database.settings()).server().isEmpty()) {
                return SyncOutcome.of(SyncOutcome.Kind.NOT_CONFIGURED, null);
            }
            char[] pw = password;
            if (pw == null) {
                return SyncOutcome.of(SyncOutcome.Kind.NO_PASSWORD, null);
            }
            Synchronizer synchronizer = new Synchronizer(database, new CancellableTransport(
                    DeviceSetup.client(database, pw), side, () -> cancelRequested));
            Synchronizer.Report report = synchronizer.runWith(new Synchronizer.Listener() {
                @Override
                public void progress(Synchronizer.Progress p) {
                    onFx(() -> progress.set(p));
                }

                @Override
                public boolean cancelled() {
                    return cancelRequested;
                }
            });
            schedule.attempted(started, false);
            return new SyncOutcome(SyncOutcome.Kind.OK, Instant.now(), report, null);
        } catch (SyncCancelledException e) {
            schedule.attempted(started, false);
            return SyncOutcome.of(SyncOutcome.Kind.CANCELLED, e.getMessage());
        } catch (SyncRefusedException e) {
            schedule.attempted(started, true);
            return SyncOutcome.of(SyncOutcome.Kind.REFUSED, e.getMessage());
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            schedule.attempted(started, true);
            return SyncOutcome.of(SyncOutcome.Kind.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SyncOutcome.of(SyncOutcome.Kind.CANCELLED, "interrupted");
        } finally {
            onFx(() -> running.set(false));
        }
    }

    private void release() {
        busy.set(false);
    }

    private SyncOutcome publish(SyncOutcome result) {
        if (result.kind() != SyncOutcome.Kind.BUSY) {
            publishStatus();
        }
        onFx(() -> outcome.set(result));
        if (result.failed()) {
            LOG.info("Sync {}: {}", result.kind(), result.detail());
        }
        return result;
    }

    private SyncStatus publishStatus() {
        SyncStatus now = SyncStatus.of(database);
        onFx(() -> status.set(now));
        return now;
    }

    private static void onFx(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }
}
