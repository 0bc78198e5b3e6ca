package cn.projectdesk.app.ui.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * When the automatic sync is due: every N minutes after the last attempt (manual ones count too), and
 * after failed attempts in a row twice, four, then eight times as long, so an office without a network
 * does not knock on the server every few minutes all day. Plain Java: tested without a clock or a window.
 */
final class SyncSchedule {
    static final int MAX_BACKOFF_FACTOR = 8;
    private Instant lastAttempt;
    private int failuresInARow;

    synchronized boolean due(Instant now, int everyMinutes) {
        if (everyMinutes <= 0) {
            return false;
        }
        return lastAttempt == null || !now.isBefore(lastAttempt.plus(wait(everyMinutes)));
    }

    synchronized Duration wait(int everyMinutes) {
        int factor = Math.min(MAX_BACKOFF_FACTOR, 1 << Math.min(failuresInARow, 3));
        return Duration.ofMinutes((long) everyMinutes * factor);
    }

    synchronized void attempted(Instant at, boolean failed) {
        lastAttempt = at;
        failuresInARow = failed ? failuresInARow + 1 : 0;
    }

    synchronized int failuresInARow() {
        return failuresInARow;
    }
}
