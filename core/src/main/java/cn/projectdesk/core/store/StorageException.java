package cn.projectdesk.core.store;

import java.util.List;

/**
 * The data folder cannot be used. The message (English, for the log) says why and what to do; screens
 * and the CLI show the same sentence in the user's language from the errors bundle, key
 * {@code storage.<REASON>}, with {@link #arguments()} (the folder, then a detail).
 */
public class StorageException extends RuntimeException {
    private final Reason reason;
    private final List<String> arguments;

    public enum Reason {
        ALREADY_RUNNING, NOT_WRITABLE, SCHEMA_TOO_NEW, SCHEMA_MISMATCH, CORRUPT
    }

    public StorageException(Reason reason, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.reason = reason;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "storage." + reason.name();
    }

    public List<String> arguments() {
        return arguments;
    }
}
