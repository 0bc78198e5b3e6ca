package cn.projectdesk.app.ui;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.startup.StartupFlow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application; {@link DesktopLauncher} starts it and reads the exit code afterwards. */
public final class DesktopApplication extends Application {
    private static volatile Path dataFolder;
    private static volatile boolean demoByDefault = true;
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private StartupFlow flow;

    static void configure(Path folder, boolean demo) {
        dataFolder = folder;
        demoByDefault = demo;
        EXIT_CODE.set(0);
    }

    static int exitCode() {
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        // Between the start-up screens no window may be showing for a moment; the flow decides when to quit.
        Platform.setImplicitExit(false);
        flow = new StartupFlow(stage, dataFolder, demoByDefault, BackgroundRunner.create(), Clock.systemDefaultZone(),
                folder -> getHostServices().showDocument(folder.toUri().toString()), code -> {
                    EXIT_CODE.set(code);
                    Platform.exit();
                });
        flow.begin();
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.shutdown();
        }
    }
}
