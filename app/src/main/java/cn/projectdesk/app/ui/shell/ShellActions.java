package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.wbs.WbsView;
import javafx.beans.value.ObservableBooleanValue;

/** What the menu bar can ask the main window to do; lets the menus be built apart from the window. */
interface ShellActions {
    void show(Section section);

    void undo();

    void redo();

    void newProject();

    void editProject();

    void deleteProject();

    void openPlan();

    /** Project → Schedule risk: Monte Carlo figures of the open plan. */
    void scheduleRisk();

    /** Project → Progress and earned value: baseline variance and EV figures at the status date. */
    void earnedValue();

    /** File → Import MS Project: choose a file, import it with a progress bar, open the new project. */
    void importMsProject();

    /** Runs a WBS action (add, rename, ...) on the plan page, if that is showing. */
    void task(WbsView.Action action);

    ObservableBooleanValue planShowing();

    ObservableBooleanValue projectsShowing();

    void signOut();

    void exit();

    void about();

    void shortcuts();

    /** File → My account: password, second factor, signature image, delegation while away. */
    void myAccount();
}
