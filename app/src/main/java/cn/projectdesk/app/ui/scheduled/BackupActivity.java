package cn.projectdesk.app.ui.scheduled;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.backup.BackupResult;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The backups of this window's session, scheduled or manual: whether one is running, the last result
 * (file, size, encrypted, or the reason it failed), and the password an administrator chose for the
 * scheduled backups of this session — held in memory only, never written (ADR 30). Touched on the FX thread.
 */
public final class BackupActivity {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BooleanProperty running = new SimpleBooleanProperty();
    /** the last backup's result or failure, formatted on display so it follows the window's language */
    private final ObjectProperty<Object> last = new SimpleObjectProperty<>();
    private char[] sessionPassword;

    /**
     * Runs {@code work} on the background worker (one at a time), showing it as running; its result (or
     * failure) becomes the last result. {@code onFailure} decides how the failure is shown (a dialog for
     * a manual backup, a desktop notice for a scheduled one).
     */
    public void run(BackgroundRunner runner, Supplier<Messages> messages, Callable<Optional<BackupResult>> work,
                    Consumer<BackupResult> onDone, Consumer<Throwable> onFailure) {
        if (running.get()) {
            return;
        }
        running.set(true);
        runner.run(work, result -> {
            running.set(false);
            result.ifPresent(r -> {
                last.set(r);
                onDone.accept(r);
            });
        }, failure -> {
            running.set(false);
            last.set(failure);
            onFailure.accept(failure);
        });
    }

    static String describe(Messages messages, BackupResult r) {
        return messages.format("settings.backup.result", TIME.format(java.time.Instant.parse(r.manifest().createdAt())),
                r.file().getFileName().toString(), Formats.money(java.math.BigDecimal.valueOf(r.bytes())
                        .divide(java.math.BigDecimal.valueOf(1024 * 1024), 2, java.math.RoundingMode.HALF_UP)),
                messages.get(r.encrypted() ? "settings.backup.encrypted" : "settings.backup.plain"),
                r.removedByRetention().size());
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    /** Changes when a backup finishes or fails (bind to it; read the text with {@link #describeLast}). */
    public ReadOnlyObjectProperty<Object> last() {
        return last;
    }

    /** The last result in the given language, or empty when no backup ran in this session. */
    public String describeLast(Messages messages) {
        Object outcome = last.get();
        if (outcome instanceof BackupResult r) {
            return describe(messages, r);
        }
        if (outcome instanceof Throwable failure) {
            return messages.format("settings.backup.failed", new ErrorMessages(messages).describe(failure));
        }
        return "";
    }

    /** The password for this session's scheduled backups (a copy), or null for unencrypted ones. */
    public char[] password() {
        return sessionPassword == null ? null : sessionPassword.clone();
    }

    /** Sets (or, with null or empty, clears) the session's password; the previous one is wiped. */
    public void setPassword(char[] password) {
        if (sessionPassword != null) {
            Arrays.fill(sessionPassword, '\0');
        }
        sessionPassword = password == null || password.length == 0 ? null : password.clone();
    }

    public boolean hasPassword() {
        return sessionPassword != null;
    }
}
