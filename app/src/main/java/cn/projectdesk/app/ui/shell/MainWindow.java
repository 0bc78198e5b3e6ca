package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.gantt.GanttView;
import cn.projectdesk.app.ui.gantt.GanttViewModel;
import cn.projectdesk.app.ui.milestones.MilestonesView;
import cn.projectdesk.app.ui.lifecycle.LifecycleView;
import cn.projectdesk.app.ui.home.HomeView;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.projects.ProjectsView;
import cn.projectdesk.app.ui.projects.ProjectsViewModel;
import cn.projectdesk.app.ui.settings.SettingsView;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.app.ui.wbs.WbsView;
import cn.projectdesk.app.ui.wbs.WbsViewModel;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The main window's content: menu, navigation, the current page and the status bar. */
public final class MainWindow implements ShellActions {
    private final AppContext context;
    private final UserSession user;
    private final Messages messages;
    private final Listener listener;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectSummary> openProject = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private HomeView home;
    private ProjectsView projects;
    private WbsView plan;
    private GanttView gantt;
    private MilestonesView milestones;
    private LifecycleView lifecycle;

    /** What the window cannot do itself: sign out, close, or rebuild in another language. */
    public interface Listener {
        void signOut();

        void exit();

        void languageChanged(Language language, Section section, ProjectSummary openProject);
    }

    public MainWindow(AppContext context, UserSession user, Listener listener) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
        this.listener = listener;
        root.setTop(new AppMenus(messages, this, user).build(context.undoState()));
        root.setLeft(new Navigation(messages, section, openProject, this::show).node());
        root.setCenter(content);
        root.setBottom(new StatusBar(context, user, status).node());
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content");
    }

    public Parent root() {
        return root;
    }

    public String title() {
        return messages.get("app.name") + " — ProjectDesk";
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ProjectsView projectsView() {
        return projects;
    }

    public WbsView planView() {
        return plan;
    }

    public GanttView ganttView() {
        return gantt;
    }

    public MilestonesView milestonesView() {
        return milestones;
    }

    public HomeView homeView() {
        return home;
    }

    public LifecycleView lifecycleView() {
        return lifecycle;
    }

    @Override
    public void show(Section target) {
        if (target == Section.PLAN && openProject.get() == null) {
            status.set(messages.get("status.choosePlan"));
            target = Section.PROJECTS;
        }
        if (target == Section.GANTT && openProject.get() == null) {
            status.set(messages.get("status.chooseGantt"));
            target = Section.PROJECTS;
        }
        if (target == Section.GANTT) {
            pages.computeIfAbsent(target, this::create);
            gantt.open(openProject.get());
            content.getChildren().setAll(pages.get(target));
            section.set(target);
            gantt.chart().requestFocus();
            return;
        }
        Node page = pages.computeIfAbsent(target, this::create);
        content.getChildren().setAll(page);
        section.set(target);
        refresh(target);
    }

    private Node create(Section target) {
        return switch (target) {
            case HOME -> (home = new HomeView(context, user, this::openPlan)).node();
            case PROJECTS -> (projects = new ProjectsView(new ProjectsViewModel(context, user), this::openPlan)).node();
            case PLAN -> (plan = new WbsView(new WbsViewModel(context, user), () -> show(Section.PROJECTS),
                    () -> show(Section.GANTT))).node();
            case GANTT -> (gantt = new GanttView(new GanttViewModel(context, user), () -> show(Section.PLAN))).node();
            case MILESTONES -> (milestones = new MilestonesView(context, user, this::openGantt)).node();
            case SETTINGS -> new SettingsView(context, language ->
                    listener.languageChanged(language, Section.SETTINGS, openProject.get())).node();
            case LIFECYCLE -> (lifecycle = new LifecycleView(context, user)).node();
        };
    }

    private void refresh(Section target) {
        switch (target) {
            case HOME -> home.refresh();
            case PROJECTS -> projects.refresh();
            case PLAN -> plan.refresh();
            case GANTT -> gantt.refresh();
            case MILESTONES -> milestones.refresh();
            case SETTINGS -> { }
            case LIFECYCLE -> lifecycle.refresh(openProject.get());
        }
    }

    /** Opens the plan (WBS) of a project. */
    public void openPlan(ProjectSummary project) {
        openProject.set(project);
        pages.computeIfAbsent(Section.PLAN, this::create);
        plan.open(project);
        content.getChildren().setAll(pages.get(Section.PLAN));
        section.set(Section.PLAN);
        plan.table().requestFocus();
    }

    /** Opens the Gantt chart of a project (from the plan or the milestone view). */
    public void openGantt(ProjectSummary project) {
        openProject.set(project);
        show(Section.GANTT);
    }

    // --- undo and redo: text fields keep their own Ctrl+Z

    @Override
    public void undo() {
        if (!textUndo(true)) {
            history(() -> context.commands().undo(), "status.undone");
        }
    }

    @Override
    public void redo() {
        if (!textUndo(false)) {
            history(() -> context.commands().redo(), "status.redone");
        }
    }

    private boolean textUndo(boolean undo) {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl text && text.isEditable()) {
            if (undo) {
                text.undo();
            } else {
                text.redo();
            }
            return true;
        }
        return false;
    }

    private void history(Callable<Optional<Command>> step, String doneKey) {
        context.runner().run(step, done -> {
            done.ifPresent(command -> status.set(messages.format(doneKey, command.description())));
            if (section.get() != null) {
                refresh(section.get());
            }
        }, failure -> {
            Dialogs.showFailure(window(), messages, messages.get("menu.edit"), failure);
            if (section.get() != null) {
                refresh(section.get());
            }
        });
    }

    // --- menu actions

    @Override
    public void newProject() {
        whenProjects(ProjectsView::createProject);
    }

    @Override
    public void editProject() {
        whenProjects(ProjectsView::editSelected);
    }

    @Override
    public void deleteProject() {
        whenProjects(ProjectsView::deleteSelected);
    }

    @Override
    public void openPlan() {
        whenProjects(ProjectsView::openSelected);
    }

    private void whenProjects(Consumer<ProjectsView> action) {
        if (section.get() != Section.PROJECTS) {
            show(Section.PROJECTS);
        }
        action.accept(projects);
    }

    @Override
    public void task(WbsView.Action action) {
        if (section.get() == Section.PLAN && plan != null) {
            plan.perform(action);
        }
    }

    @Override
    public ObservableBooleanValue planShowing() {
        return Bindings.equal(Section.PLAN, section);
    }

    @Override
    public ObservableBooleanValue projectsShowing() {
        return Bindings.equal(Section.PROJECTS, section);
    }

    @Override
    public void signOut() {
        listener.signOut();
    }

    @Override
    public void exit() {
        listener.exit();
    }

    @Override
    public void about() {
        Dialogs.showInfo(window(), messages, messages.get("menu.help.about"), messages.format("about.text",
                context.dataFolder(), context.core().database().nodeId()));
    }

    @Override
    public void shortcuts() {
        Dialogs.showInfo(window(), messages, messages.get("menu.help.shortcuts"), messages.get("shortcuts.text"));
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
