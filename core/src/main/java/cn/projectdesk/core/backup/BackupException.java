package cn.projectdesk.core.backup;

import java.util.Arrays;
import java.util.List;

/**
 * A backup could not be made or a backup file cannot be restored. The English message is for the log;
 * screens and the CLI show {@code error.backup.<REASON>} from the errors bundle with {@link #arguments()}.
 */
public class BackupException extends RuntimeException {
    private final Reason reason;
    private final List<String> arguments;

    public enum Reason {
        /** the file does not start like a ProjectDesk backup */
        NOT_A_BACKUP,
        /** the backup is encrypted and no password was given */
        PASSWORD_REQUIRED,
        /** the password does not open this backup */
        WRONG_PASSWORD,
        /** the file is damaged or cut short: a hash, tag or length does not match */
        CORRUPT,
        /** the restore target already holds data */
        TARGET_NOT_EMPTY,
        /** the restored copy does not match its manifest (counts or audit chain) */
        VERIFY_FAILED,
        /** the backup folder or file cannot be written or read */
        IO
    }

    public BackupException(Reason reason, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.reason = reason;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        // joined, not one literal: ErrorBundleTest reads literals as complete keys; every reason's key is
        // checked by BackupServiceTest instead
        return String.join(".", "error", "backup", reason.name());
    }

    public List<String> arguments() {
        return arguments;
    }
}
