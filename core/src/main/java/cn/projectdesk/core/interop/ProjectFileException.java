package cn.projectdesk.core.interop;

import java.nio.file.Path;

/** A project file that cannot be read; the message names the file and the reason. */
public class ProjectFileException extends Exception {
    private final transient Path file;
    private final String reason;

    public ProjectFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
