package cn.projectdesk.app.ui.sync;

import cn.projectdesk.sync.client.SyncCancelledException;
import cn.projectdesk.sync.client.SyncTransport;
import cn.projectdesk.sync.protocol.PullResponse;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Lets Cancel stop a request that is waiting on the network. The request runs on a helper thread that
 * only does HTTP, so it can be interrupted; the sync thread itself is never interrupted, because it also
 * writes to H2, which closes its file when a thread is interrupted in the middle of a write. A cancelled
 * push may still reach the server: the next run pushes it again and the server skips it by change id.
 */
final class CancellableTransport implements SyncTransport {
    private static final long POLL_MILLIS = 100;
    private final SyncTransport inner;
    private final ExecutorService http;
    private final BooleanSupplier cancelled;

    CancellableTransport(SyncTransport inner, ExecutorService http, BooleanSupplier cancelled) {
        this.inner = inner;
        this.http = http;
        this.cancelled = cancelled;
    }

    @Override
    public PushResponse push(String nodeId, long throughSeq, List<WireChange> changes) throws IOException, InterruptedException {
        return call(() -> inner.push(nodeId, throughSeq, changes));
    }

    @Override
    public PullResponse pull(long after, int limit) throws IOException, InterruptedException {
        return call(() -> inner.pull(after, limit));
    }

    /** Any request to the server, abandoned when Cancel is pressed (the join's hello uses it too). */
    <T> T call(Callable<T> request) throws IOException, InterruptedException {
        Future<T> answer = http.submit(request);
        while (true) {
            try {
                return answer.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancelled.getAsBoolean()) {
                    answer.cancel(true);
                    throw new SyncCancelledException("cancelled while waiting for the server");
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(cause);
            }
        }
    }
}
