package cn.projectdesk.app.ui.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The proposed name of an outgoing bundle: node (the end of its id, the random part) and time, so a
 * folder of bundles on a USB drive tells offices apart; never overwrites a file already there.
 */
final class BundleNames {
    static final String EXTENSION = ".pdbundle";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BundleNames() {
    }

    static Path propose(Path folder, String nodeId, ZonedDateTime now) {
        String base = "projectdesk-" + ConflictsPane.shortNode(nodeId) + "-" + STAMP.format(now);
        Path file = folder.resolve(base + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + EXTENSION);
        }
        return file;
    }

    static Path propose(Path folder, String nodeId) {
        return propose(folder, nodeId, ZonedDateTime.now(ZoneId.systemDefault()));
    }
}
