package cn.projectdesk.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.support.FxTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real worker: work off the FX thread, results and failures back on it, busy while running. */
class BackgroundRunnerTest extends FxTest {
    @Test
    void runsOffTheFxThreadAndReportsBackOnIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        BackgroundRunner runner = BackgroundRunner.create();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> runner.run(() -> {
            workThread.complete(Thread.currentThread().getName());
            release.await(5, TimeUnit.SECONDS);
            return 42;
        }, result -> callbackOnFx.complete(Platform.isFxApplicationThread() && result == 42), callbackOnFx::completeExceptionally)).get();

        assertThat(workThread.get(5, TimeUnit.SECONDS)).isEqualTo("projectdesk-worker");
        assertThat(runner.isBusy()).isTrue();
        release.countDown();
        assertThat(callbackOnFx.get(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.isBusy()).isFalse();

        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> runner.run(() -> {
            throw new IllegalStateException("no");
        }, ok -> failure.complete(null), failure::complete)).get();
        assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("no");
        runner.shutdown();
    }
}
