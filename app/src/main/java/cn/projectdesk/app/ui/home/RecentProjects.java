package cn.projectdesk.app.ui.home;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The projects a user opened last on this computer (newest first, at most five), kept in
 * {@code recent-projects.properties} in the data folder: a convenience of this installation, not
 * shared data, so it is neither synchronised nor audited.
 */
public final class RecentProjects {
    static final String FILE_NAME = "recent-projects.properties";
    static final int KEEP = 5;

    private RecentProjects() {
    }

    public static List<String> codes(Path dataFolder, String username) {
        String value = load(dataFolder).getProperty(username, "");
        return value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    /** Puts the project first in the user's list; a failure to save only loses the convenience. */
    public static synchronized void opened(Path dataFolder, String username, String projectCode) {
        Properties all = load(dataFolder);
        List<String> codes = new ArrayList<>(codes(dataFolder, username));
        codes.remove(projectCode);
        codes.add(0, projectCode);
        all.setProperty(username, String.join(",", codes.subList(0, Math.min(KEEP, codes.size()))));
        try (Writer out = Files.newBufferedWriter(dataFolder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            all.store(out, "recently opened projects per user");
        } catch (IOException ignored) {
            // the list is a convenience; the plan opens whether or not it could be remembered
        }
    }

    private static Properties load(Path dataFolder) {
        Properties p = new Properties();
        Path file = dataFolder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException ignored) {
                // an unreadable list starts afresh
            }
        }
        return p;
    }
}
