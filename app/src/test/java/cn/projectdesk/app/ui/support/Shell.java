package cn.projectdesk.app.ui.support;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.settings.Preferences;
import cn.projectdesk.app.ui.shell.MainWindow;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts the main window into the test stage for a signed-in user, as the start-up flow does, with a
 * synchronous worker so that every action has finished when the FX queue is empty.
 */
public final class Shell {
    private final Stage stage;
    private final AppContext context;
    private final UserSession user;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    private Shell(Stage stage, AppContext context, UserSession user) {
        this.stage = stage;
        this.context = context;
        this.user = user;
    }

    public static Shell open(CoreServices core, UserSession user, Language language, Section section) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(core, Preferences.load(core.database().folder()), BackgroundRunner.synchronous(),
                DemoFolder.CLOCK, folder -> { });
        context.setLanguage(language);
        Shell shell = new Shell(stage, context, user);
        shell.mount(section, null);
        return shell;
    }

    private void mount(Section section, ProjectSummary project) {
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow main = new MainWindow(context, user, new MainWindow.Listener() {
                @Override
                public void signOut() {
                }

                @Override
                public void exit() {
                }

                @Override
                public void languageChanged(Language language, Section current, ProjectSummary open) {
                    context.setLanguage(language);
                    mount(current, open);
                }
            });
            window.set(main);
            Scene scene = new Scene(main.root(), 1280, 800);
            Styles.install(scene);
            stage.setScene(scene);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            if (project != null) {
                main.openPlan(project);
            }
            main.show(section);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the same place again in another language, as the settings page does. */
    public void switchLanguage(Language language, Section section, ProjectSummary project) {
        context.setLanguage(language);
        mount(section, project);
    }

    public MainWindow window() {
        return window.get();
    }

    public AppContext context() {
        return context;
    }

    public Scene scene() {
        return stage.getScene();
    }

    public Stage stage() {
        return stage;
    }
}
