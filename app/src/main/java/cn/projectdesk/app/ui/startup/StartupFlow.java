package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.login.LoginView;
import cn.projectdesk.app.ui.login.LoginViewModel;
import cn.projectdesk.app.ui.settings.Preferences;
import cn.projectdesk.app.ui.scheduled.ScheduledJobs;
import cn.projectdesk.app.ui.shell.MainWindow;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.sync.SyncFilePicker;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.sync.client.OfficeJoin;
import cn.projectdesk.sync.client.SyncState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * From start to main window in one stage: open the data folder (a clear message and exit code 1 if
 * it cannot be used), first-start set-up on an empty folder (a local folder, or joining headquarters,
 * which a folder whose join did not finish is offered again and only), sign-in, then the main window. Signing
 * out returns to sign-in; closing the window ends with exit code 0.
 */
public final class StartupFlow {
    private final Stage stage;
    private final Path dataFolder;
    private final boolean demoByDefault;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Consumer<Path> folderOpener;
    private final IntConsumer onExit;
    private AppContext context;
    private MainWindow mainWindow;
    private ScheduledJobs jobs;
    private Function<Messages, SyncFilePicker> filePicker = SyncFilePicker::native_;

    public StartupFlow(Stage stage, Path dataFolder, boolean demoByDefault, BackgroundRunner runner, Clock clock,
                       Consumer<Path> folderOpener, IntConsumer onExit) {
        this.stage = stage;
        this.dataFolder = dataFolder;
        this.demoByDefault = demoByDefault;
        this.runner = runner;
        this.clock = clock;
        this.folderOpener = folderOpener;
        this.onExit = onExit;
    }

    /** The certificate chooser of the join form (headless tests replace the native one). */
    public void setFilePicker(Function<Messages, SyncFilePicker> picker) {
        this.filePicker = picker;
    }

    public void begin() {
        Preferences preferences = Preferences.load(dataFolder);
        Messages messages = Messages.of(preferences.language());
        stage.setOnCloseRequest(e -> {
            if (mainWindow != null && !mainWindow.mayClose()) {
                e.consume(); // the user kept unsaved admin edits
                return;
            }
            onExit.accept(0);
        });
        show(opening(messages), messages.get("app.name"), 520, 320);
        runner.run(() -> {
            CoreServices core = CoreServices.open(dataFolder);
            try {
                return new Opened(core, core.setup().isInitialized(), unfinishedJoin(core));
            } catch (RuntimeException e) {
                core.close();
                throw e;
            }
        }, opened -> {
            context = new AppContext(opened.core(), preferences, runner, clock, folderOpener);
            if (opened.unfinishedJoin() != null) {
                showNewFirstStart(opened.unfinishedJoin());
            } else if (opened.initialized()) {
                showLogin();
            } else {
                showNewFirstStart(null);
            }
        }, failure -> {
            Dialogs.showError(stage.isShowing() ? stage : null, messages, messages.get("error.storage.title"),
                    new ErrorMessages(messages).describe(failure));
            onExit.accept(1);
        });
    }

    private Parent opening(Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox box = new VBox(14, progress, new Label(messages.format("startup.opening", dataFolder)));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("startup-background");
        return box;
    }

    /** A join that connected but did not end with the office's users: the next start offers only to finish it. */
    private static FirstStartViewModel.UnfinishedJoin unfinishedJoin(CoreServices core) {
        if (!OfficeJoin.unfinished(core.database())) {
            return null;
        }
        SyncState state = new SyncState(core.database().settings());
        return new FirstStartViewModel.UnfinishedJoin(state.server().orElse("https://"),
                state.certificate().map(Path::of).orElse(null));
    }

    private void showNewFirstStart(FirstStartViewModel.UnfinishedJoin unfinished) {
        showFirstStart(new FirstStartViewModel(context.core().setup(), runner, clock, demoByDefault, context.sync(), unfinished));
    }

    /** Switching language keeps the model, so what the user typed stays. */
    private void showFirstStart(FirstStartViewModel model) {
        Messages messages = context.messages();
        FirstStartView view = new FirstStartView(model, messages, filePicker.apply(messages));
        Parent root = view.build(dataFolder.toString(), () -> model.submit(this::showLogin, failure -> {
            if (!model.joinProperty().get()) {
                Dialogs.showFailure(stage, messages, messages.get("firstStart.title"), failure);
                return;
            }
            new JoinFailureText(messages).describe(failure, model.serverProperty().get().strip()).ifPresent(text ->
                    Dialogs.showError(stage, messages, messages.get("firstStart.join.failed.title"), text));
        }), language -> {
                    context.setLanguage(language);
                    showFirstStart(model);
                });
        show(root, messages.get("firstStart.title") + " — " + messages.get("app.name"), 980, 680);
    }

    /** The sign-in screen, in the current language; switching language rebuilds it. */
    public void showLogin() {
        Messages messages = context.messages();
        LoginViewModel model = new LoginViewModel(context.core().authentication(), runner, () -> new ErrorMessages(context.messages()));
        LoginView view = new LoginView(model, messages, context.core().setup().isDemo(), dataFolder);
        Parent root = view.build(() -> model.login(session -> showMain(session, Section.HOME, null)), language -> {
            context.setLanguage(language);
            showLogin();
        });
        show(root, messages.get("login.title") + " — " + messages.get("app.name"), 980, 680);
    }

    private void showMain(UserSession session, Section section, ProjectSummary project) {
        if (jobs == null) {
            jobs = new ScheduledJobs(context, session);
            jobs.start();
            context.sync().startSchedule();
        }
        mainWindow = new MainWindow(context, session, new MainWindow.Listener() {
            @Override
            public void signOut() {
                stopJobs();
                context.commands().clear();
                // the scheduled backup's password belongs to the signed-in session only (ADR 30)
                context.backupActivity().setPassword(null);
                mainWindow = null;
                showLogin();
            }

            @Override
            public void exit() {
                onExit.accept(0);
            }

            @Override
            public void languageChanged(Language language, Section current, ProjectSummary open) {
                context.setLanguage(language);
                showMain(session, current, open);
            }
        });
        show(mainWindow.root(), mainWindow.title(), 1280, 800);
        if (project != null) {
            mainWindow.openPlan(project);
        }
        mainWindow.show(section);
    }

    private void show(Parent root, String title, double width, double height) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, width, height);
            Styles.install(scene);
        } else {
            scene.setRoot(root);
            Styles.install(scene);
            if (stage.getWidth() < width || stage.getHeight() < height) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        }
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    private void stopJobs() {
        if (jobs != null) {
            jobs.stop();
            jobs = null;
            context.sync().stopSchedule();
        }
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    public AppContext context() {
        return context;
    }

    /** Lets pending saves finish, then releases the data folder. */
    public void shutdown() {
        stopJobs();
        if (context != null) {
            context.shutdownSync();
        }
        runner.shutdown();
        if (context != null) {
            context.core().close();
            context = null;
        }
    }

    private record Opened(CoreServices core, boolean initialized, FirstStartViewModel.UnfinishedJoin unfinishedJoin) {
    }
}
