package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code projectdesk init --demo} per test JVM, copied into each test class's folder: the demo
 * data hashes a dozen passwords and writes thousands of rows, which is the slow part of a class set-up.
 * The template is made by the real {@code init} command and is closed before it is copied.
 */
final class DemoDataFolder {
    private static final Path TEMPLATE = Path.of("target", "it-demo-template").toAbsolutePath();
    private static boolean made;

    private DemoDataFolder() {
    }

    /** A fresh, initialised demo data folder at {@code target} (which must not exist yet). */
    static synchronized Path copyTo(Path target) throws IOException {
        if (!made) {
            deleteTree(TEMPLATE);
            Files.createDirectories(TEMPLATE);
            Path passwordFile = Files.writeString(TEMPLATE.resolve("admin-password"), "Admin2026\n");
            LauncherProcess.Result init = LauncherProcess.run(TEMPLATE, Map.of(), "--data-dir",
                    TEMPLATE.resolve("data").toString(), "init", "--demo", "--admin-password-file", passwordFile.toString());
            assertThat(init.exitCode()).as(init.err()).isZero();
            made = true;
        }
        Path source = TEMPLATE.resolve("data");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> copy(from, target.resolve(source.relativize(from).toString())));
        }
        return target;
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
