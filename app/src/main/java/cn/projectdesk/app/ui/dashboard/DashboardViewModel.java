package cn.projectdesk.app.ui.dashboard;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.dashboard.Dashboard;
import cn.projectdesk.core.dashboard.DashboardFilter;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The dashboard's filter and figures; figures come only from {@code DashboardService}. */
public final class DashboardViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<OrgUnitRow> department = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectType> type = new SimpleObjectProperty<>();
    private final ObservableList<OrgUnitRow> departments = FXCollections.observableArrayList();

    public DashboardViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    public void refresh(Consumer<Throwable> onFailure) {
        DashboardFilter filter = new DashboardFilter(year.get(), department.get() == null ? null : department.get().id(), type.get());
        boolean needUnits = departments.isEmpty();
        context.runner().run(() -> new Loaded(context.core().ops().dashboard().figures(user, filter),
                needUnits ? context.core().orgUnits().visibleUnits(user) : List.of()), loaded -> {
            if (needUnits) {
                departments.setAll(loaded.units());
            }
            dashboard.set(loaded.dashboard());
        }, onFailure);
    }

    public ObjectProperty<Dashboard> dashboard() {
        return dashboard;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<OrgUnitRow> department() {
        return department;
    }

    public ObjectProperty<ProjectType> type() {
        return type;
    }

    public ObservableList<OrgUnitRow> departments() {
        return departments;
    }

    public int currentYear() {
        return context.today().getYear();
    }

    UUID departmentId() {
        return department.get() == null ? null : department.get().id();
    }

    private record Loaded(Dashboard dashboard, List<OrgUnitRow> units) {
    }
}
