package cn.projectdesk.core.store;

/** The data folder cannot be used; the message says why and what to do, in words for the user. */
public class StorageException extends RuntimeException {
    private final Reason reason;

    public enum Reason {
        ALREADY_RUNNING, NOT_WRITABLE, SCHEMA_TOO_NEW, CORRUPT
    }

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
