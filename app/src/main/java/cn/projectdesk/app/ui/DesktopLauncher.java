package cn.projectdesk.app.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Entry point of the desktop UI for the command line. Deliberately not a JavaFX {@code Application}:
 * with JavaFX on the class path, a main class that extends Application is refused at start-up.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Opens the window and blocks until it is closed.
     *
     * @param dataDir          the data folder (resolved by the caller from --data-dir and the defaults)
     * @param demoOnFirstStart whether the first-start form offers demo data ticked
     * @return 0 after a normal close (also when the user cancels), 1 when the data folder cannot be used
     */
    public static int launch(Path dataDir, boolean demoOnFirstStart) {
        DesktopApplication.configure(dataDir.toAbsolutePath().normalize(), demoOnFirstStart);
        Application.launch(DesktopApplication.class);
        return DesktopApplication.exitCode();
    }
}
