package cn.projectdesk.app.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs service calls off the FX thread on one worker thread. One thread on purpose: edits reach the
 * database in the order the user made them, and undo never overtakes the edit it undoes. Results and
 * failures come back on the FX thread; {@link #busyProperty()} drives the progress indicator.
 */
public final class BackgroundRunner {
    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;

    private BackgroundRunner(ExecutorService executor) {
        this.executor = executor;
    }

    public static BackgroundRunner create() {
        return new BackgroundRunner(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projectdesk-worker");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Runs the work on the calling thread: for tests, which then need no waiting. */
    public static BackgroundRunner synchronous() {
        return new BackgroundRunner(null);
    }

    /** Must be called on the FX thread; exactly one of the callbacks is later called there. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        started();
        if (executor == null) {
            deliver(work, onSuccess, onFailure);
            return;
        }
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Platform.runLater(() -> finish(() -> onFailure.accept(failure)));
                return;
            }
            Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
        });
    }

    private <T> void deliver(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            finish(() -> onFailure.accept(failure));
            return;
        }
        finish(() -> onSuccess.accept(result));
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            running--;
            busy.set(running > 0);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Lets running work finish (e.g. a save) before the database is closed. */
    public void shutdown() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
