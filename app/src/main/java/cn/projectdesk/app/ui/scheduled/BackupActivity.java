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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The backups of this window's session, scheduled or manual: whether one is running, the last result
 * (file, size, encrypted, or the reason it failed), and the password an administrator chose for the
 * scheduled backups of this session — held in memory only, never written (ADR 30). Touched on the FX thread.
 */
public final class BackupActivity {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty lastResult = new SimpleStringProperty("");
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
                lastResult.set(describe(messages.get(), r));
                onDone.accept(r);
            });
        }, failure -> {
            running.set(false);
            lastResult.set(messages.get().format("settings.backup.failed", new ErrorMessages(messages.get()).describe(failure)));
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

    public ReadOnlyStringProperty lastResult() {
        return lastResult;
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
