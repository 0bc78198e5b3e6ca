package cn.projectdesk.core.setup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data folder is: --data-dir, else $PROJECTDESK_DATA_DIR, else the OS convention
 * (%APPDATA%\ProjectDesk on Windows, ~/Library/Application Support/ProjectDesk on macOS,
 * $XDG_DATA_HOME/projectdesk or ~/.local/share/projectdesk elsewhere).
 */
public final class DataFolders {
    public static final String ENV_VARIABLE = "PROJECTDESK_DATA_DIR";

    private DataFolders() {
    }

    public static Path resolve(Path fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path fromCommandLine, Map<String, String> env, String osName, String home) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            return Path.of(appData, "ProjectDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ProjectDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "projectdesk") : Path.of(home, ".local", "share", "projectdesk");
    }
}
