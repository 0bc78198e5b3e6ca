package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The project list: loads what the user may see and filters it as they type or pick. */
public final class ProjectsViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ProjectSummary> visible = new FilteredList<>(all);
    private final ObservableList<OrgUnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LifecycleStage> stage = new SimpleObjectProperty<>();

    public ProjectsViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        for (javafx.beans.Observable criterion : List.<javafx.beans.Observable>of(search, year, department, type, stage)) {
            criterion.addListener(o -> applyFilter());
        }
    }

    /** Reloads from the database; {@code then} gets the fresh list (e.g. to select a new project). */
    public void refresh(Consumer<List<ProjectSummary>> then, Consumer<Throwable> onFailure) {
        context.runner().run(() -> new Loaded(context.core().projects().list(user), context.core().orgUnits().visibleUnits(user)),
                loaded -> {
                    units.setAll(loaded.units());
                    all.setAll(loaded.projects());
                    years.setAll(loaded.projects().stream().map(ProjectSummary::year).distinct()
                            .sorted(Comparator.reverseOrder()).toList());
                    applyFilter();
                    then.accept(loaded.projects());
                }, onFailure);
    }

    private void applyFilter() {
        visible.setPredicate(new ProjectFilter(search.get(), year.get(), unitAndBelow(department.get()), type.get(), stage.get()));
    }

    private Set<UUID> unitAndBelow(UUID root) {
        if (root == null) {
            return null;
        }
        Set<UUID> ids = new HashSet<>(List.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnitRow unit : units) {
                if (unit.parentId() != null && ids.contains(unit.parentId())) {
                    grew |= ids.add(unit.id());
                }
            }
        }
        return ids;
    }

    public void clearFilters() {
        search.set("");
        year.set(null);
        department.set(null);
        type.set(null);
        stage.set(null);
    }

    public void delete(ProjectSummary project, Runnable onDone, Consumer<Throwable> onFailure) {
        DeleteProjectCommand command = new DeleteProjectCommand(context.core().projects(), user, project.id(),
                context.messages().format("command.project.delete", project.code()));
        context.runner().run(() -> {
            context.commands().execute(command);
            return null;
        }, ignored -> onDone.run(), onFailure);
    }

    public boolean may(Permission permission) {
        return user.has(permission);
    }

    public UserSession user() {
        return user;
    }

    public AppContext context() {
        return context;
    }

    public FilteredList<ProjectSummary> visibleProjects() {
        return visible;
    }

    public ObservableList<ProjectSummary> allProjects() {
        return all;
    }

    public ObservableList<OrgUnitRow> units() {
        return units;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<UUID> departmentProperty() {
        return department;
    }

    public ObjectProperty<ProjectType> typeProperty() {
        return type;
    }

    public ObjectProperty<LifecycleStage> stageProperty() {
        return stage;
    }

    private record Loaded(List<ProjectSummary> projects, List<OrgUnitRow> units) {
    }
}
