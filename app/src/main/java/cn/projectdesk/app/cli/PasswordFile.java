package cn.projectdesk.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Passwords for scripts come from a file's first line, never from the command line (it shows in ps). */
final class PasswordFile {
    private PasswordFile() {
    }

    static char[] read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CliInputException(CliMessages.get("init.passwordFileEmpty", file));
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new CliInputException(CliMessages.get("init.passwordFileUnreadable", file, e.getMessage()));
        }
    }
}
