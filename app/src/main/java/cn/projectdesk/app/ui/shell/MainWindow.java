package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.budget.BudgetSheetModel;
import cn.projectdesk.app.ui.budget.BudgetSheetView;
import cn.projectdesk.app.ui.budget.ContractsModel;
import cn.projectdesk.app.ui.budget.ContractsView;
import cn.projectdesk.app.ui.approvals.ApprovalsView;
import cn.projectdesk.app.ui.audit.AuditView;
import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.gantt.GanttView;
import cn.projectdesk.app.ui.gantt.GanttViewModel;
import cn.projectdesk.app.ui.milestones.MilestonesView;
import cn.projectdesk.app.ui.resources.ResourcesView;
import cn.projectdesk.app.ui.lifecycle.LifecycleView;
import cn.projectdesk.app.ui.home.HomeView;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.projects.ProjectsView;
import cn.projectdesk.app.ui.projects.ProjectsViewModel;
import cn.projectdesk.app.ui.settings.SettingsView;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.app.ui.msproject.ImportDialog;
import cn.projectdesk.app.ui.msproject.ImportViewModel;
import cn.projectdesk.app.ui.msproject.ProjectFilePicker;
import cn.projectdesk.app.ui.progress.EarnedValueDialog;
import cn.projectdesk.app.ui.progress.EarnedValueViewModel;
import cn.projectdesk.app.ui.risk.RiskDialog;
import cn.projectdesk.app.ui.risk.RiskViewModel;
import cn.projectdesk.app.ui.wbs.WbsView;
import cn.projectdesk.app.ui.wbs.WbsViewModel;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.Permission;
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
    /** The window's content: the main layout, with the idle lock's layer above it. */
    private final StackPane frame = new StackPane(root);
    private final IdleLock idleLock;
    private final StackPane content = new StackPane();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectSummary> openProject = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private HomeView home;
    private ProjectsView projects;
    private WbsView plan;
    private ProjectFilePicker filePicker;
    private GanttView gantt;
    private MilestonesView milestones;
    private ResourcesView resources;
    private BudgetSheetView budget;
    private ContractsView contracts;
    private cn.projectdesk.app.ui.dashboard.DashboardView dashboard;
    private cn.projectdesk.app.ui.warnings.WarningsView warnings;
    private cn.projectdesk.app.ui.archive.ArchiveView archive;
    private ApprovalsView approvals;
    private AuditView audit;
    private LifecycleView lifecycle;
    private cn.projectdesk.app.ui.sync.SyncView sync;
    private cn.projectdesk.app.ui.admin.AdminView admin;

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
        this.filePicker = ProjectFilePicker.fileChooser(messages);
        root.setTop(new AppMenus(messages, this, user).build(context.undoState()));
        root.setLeft(new Navigation(messages, section, openProject, this::show,
                user.has(Permission.AUDIT_VIEW) || user.has(Permission.ADMINISTER), user.has(Permission.ADMINISTER)).node());
        root.setCenter(content);
        root.setBottom(new StatusBar(context, user, status, () -> show(Section.SYNC)).node());
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("content");
        idleLock = new IdleLock(context, user, frame,
                javafx.util.Duration.minutes(context.preferences().idleLockMinutes()));
    }

    /** Locks the window now (also what the idle timer does); the password unlocks it. */
    public void lock() {
        idleLock.lock();
    }

    public boolean isLocked() {
        return idleLock.isLocked();
    }

    public Parent root() {
        return frame;
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

    public ResourcesView resourcesView() {
        return resources;
    }

    public BudgetSheetView budgetView() {
        return budget;
    }

    public ContractsView contractsView() {
        return contracts;
    }

    public ApprovalsView approvalsView() {
        return approvals;
    }

    public HomeView homeView() {
        return home;
    }

    public LifecycleView lifecycleView() {
        return lifecycle;
    }

    public cn.projectdesk.app.ui.sync.SyncView syncView() {
        return sync;
    }

    public cn.projectdesk.app.ui.admin.AdminView adminView() {
        return admin;
    }

    /** Unsaved edits on the admin page (the permission matrix, a flow) are kept or discarded by the user first. */
    private boolean mayLeaveAdmin(Section target) {
        return section.get() != Section.ADMIN || target == Section.ADMIN || admin == null || admin.mayLeave();
    }

    /** Closing the window: asks first about unsaved edits on the admin page. */
    public boolean mayClose() {
        return mayLeaveAdmin(null);
    }

    @Override
    public void show(Section target) {
        if (!mayLeaveAdmin(target)) {
            Section stay = section.get();
            section.set(null);
            section.set(stay); // puts the navigation's highlight back
            return;
        }
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
            case RESOURCES -> (resources = new ResourcesView(context, user)).node();
            case APPROVALS -> (approvals = new ApprovalsView(context, user)).node();
            case AUDIT -> (audit = new AuditView(context, user)).node();
            case SETTINGS -> new SettingsView(context, user, language ->
                    listener.languageChanged(language, Section.SETTINGS, openProject.get())).node();
            case BUDGET -> (budget = new BudgetSheetView(new BudgetSheetModel(context, user))).node();
            case CONTRACTS -> (contracts = new ContractsView(new ContractsModel(context, user))).node();
            case DASHBOARD -> (dashboard = new cn.projectdesk.app.ui.dashboard.DashboardView(context, user)).node();
            case WARNINGS -> (warnings = new cn.projectdesk.app.ui.warnings.WarningsView(context, user)).node();
            case ARCHIVE -> (archive = new cn.projectdesk.app.ui.archive.ArchiveView(context, user)).node();
            case LIFECYCLE -> (lifecycle = new LifecycleView(context, user)).node();
            case SYNC -> (sync = new cn.projectdesk.app.ui.sync.SyncView(context, user)).node();
            case ADMIN -> (admin = new cn.projectdesk.app.ui.admin.AdminView(context, user, java.time.Clock.systemUTC())).node();
        };
    }

    private void refresh(Section target) {
        switch (target) {
            case HOME -> home.refresh();
            case PROJECTS -> projects.refresh();
            case PLAN -> plan.refresh();
            case GANTT -> gantt.refresh();
            case MILESTONES -> milestones.refresh();
            case RESOURCES -> resources.refresh();
            case APPROVALS -> approvals.refresh();
            case AUDIT -> audit.refresh();
            case SETTINGS -> { }
            case BUDGET -> budget.refresh(openProject.get());
            case CONTRACTS -> contracts.refresh(openProject.get());
            case DASHBOARD -> dashboard.refresh();
            case WARNINGS -> warnings.refresh();
            case ARCHIVE -> archive.refresh();
            case LIFECYCLE -> lifecycle.refresh(openProject.get());
            case SYNC -> sync.refresh();
            case ADMIN -> admin.refresh();
        }
    }

    /** Opens the plan (WBS) of a project. */
    public void openPlan(ProjectSummary project) {
        if (!mayLeaveAdmin(Section.PLAN)) {
            return;
        }
        openProject.set(project);
        cn.projectdesk.app.ui.home.RecentProjects.opened(context.dataFolder(), user.username(), project.code());
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

    @Override
    public void scheduleRisk() {
        if (openProject.get() != null) {
            new RiskDialog(window(), messages, new RiskViewModel(context, user, openProject.get())).open();
        }
    }

    @Override
    public void earnedValue() {
        if (openProject.get() != null) {
            new EarnedValueDialog(window(), messages, new EarnedValueViewModel(context, user, openProject.get())).open();
        }
    }

    @Override
    public void importMsProject() {
        Optional<java.nio.file.Path> file = filePicker.choose(window());
        file.ifPresent(f -> new ImportDialog(window(), messages, new ImportViewModel(context, user), f).start(f, project -> {
            if (projects != null) {
                projects.refresh();
            }
            openPlan(project);
        }));
    }

    /** Replaces the native file chooser (tests). */
    public void setProjectFilePicker(ProjectFilePicker picker) {
        this.filePicker = picker;
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
        if (mayLeaveAdmin(null)) {
            listener.signOut();
        }
    }

    @Override
    public void exit() {
        if (mayLeaveAdmin(null)) {
            listener.exit();
        }
    }

    @Override
    public void about() {
        Dialogs.showInfo(window(), messages, messages.get("menu.help.about"), messages.format("about.text",
                context.dataFolder(), context.core().database().nodeId()));
    }

    @Override
    public void myAccount() {
        new cn.projectdesk.app.ui.account.MyAccountDialog(window(), context, user).open();
    }

    @Override
    public void shortcuts() {
        Dialogs.showInfo(window(), messages, messages.get("menu.help.shortcuts"), messages.get("shortcuts.text"));
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
