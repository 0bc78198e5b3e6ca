package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.settings.Preferences;
import cn.projectdesk.app.ui.undo.CommandStack;
import cn.projectdesk.app.ui.undo.UndoState;
import cn.projectdesk.core.CoreServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What every screen needs, handed down instead of reached through statics: the open data folder's
 * services, the current language, the worker thread and the undo history.
 */
public final class AppContext {
    private final CoreServices core;
    private final Preferences preferences;
    private final BackgroundRunner runner;
    private final CommandStack commands = new CommandStack();
    private final UndoState undoState = new UndoState(commands);
    private final Clock clock;
    private final Consumer<Path> folderOpener;
    private Messages messages;
    private cn.projectdesk.app.ui.sync.SyncAgent sync;
    private final DesktopNotices notices = new DesktopNotices(DesktopNotices::anyShowingWindow);
    private final cn.projectdesk.app.ui.scheduled.BackupActivity backupActivity = new cn.projectdesk.app.ui.scheduled.BackupActivity();

    public AppContext(CoreServices core, Preferences preferences, BackgroundRunner runner, Clock clock,
                      Consumer<Path> folderOpener) {
        this.core = core;
        this.preferences = preferences;
        this.runner = runner;
        this.clock = clock;
        this.folderOpener = folderOpener;
        this.messages = Messages.of(preferences.language());
    }

    public CoreServices core() {
        return core;
    }

    public Path dataFolder() {
        return core.database().folder();
    }

    public Preferences preferences() {
        return preferences;
    }

    public Messages messages() {
        return messages;
    }

    /** Saves the choice; screens built afterwards use it. */
    public void setLanguage(Language language) {
        preferences.setLanguage(language);
        messages = Messages.of(language);
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public CommandStack commands() {
        return commands;
    }

    public UndoState undoState() {
        return undoState;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens the folder in the system's file manager, where the platform allows it. */
    public void openFolder(Path folder) {
        folderOpener.accept(folder);
    }

    /** The data folder's one sync agent, shared by the Sync screen, the status bar and the timer. */
    public synchronized cn.projectdesk.app.ui.sync.SyncAgent sync() {
        if (sync == null) {
            sync = new cn.projectdesk.app.ui.sync.SyncAgent(core.database(), preferences.syncEveryMinutes(),
                    preferences::setSyncEveryMinutes);
        }
        return sync;
    }

    /** Stops the sync agent, if one was started, before the database closes. */
    public synchronized void shutdownSync() {
        if (sync != null) {
            sync.shutdown();
            sync = null;
        }
    }

    /** Desktop notices (new warnings, a failed scheduled backup) for this window's session. */
    public DesktopNotices notices() {
        return notices;
    }

    /** The scheduled backup's state (running, last result, this session's password), shared by the timer and Settings. */
    public cn.projectdesk.app.ui.scheduled.BackupActivity backupActivity() {
        return backupActivity;
    }
}
