package cn.projectdesk.app.ui.risk;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.risk.ScheduleRiskReport;
import cn.projectdesk.core.risk.ScheduleRiskService;
import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Runs a project's Monte Carlo schedule risk on the worker thread and holds the last report. */
public final class RiskViewModel {
    /** A fixed seed: the same plan shows the same figures every time it is opened. */
    static final long SEED = 1;
    private final AppContext context;
    private final UserSession user;
    private final ProjectSummary project;
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>();
    private final ObjectProperty<ScheduleRiskReport> report = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();

    public RiskViewModel(AppContext context, UserSession user, ProjectSummary project) {
        this.context = context;
        this.user = user;
        this.project = project;
        target.set(project.plannedFinish());
    }

    public ProjectSummary project() {
        return project;
    }

    public ObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    public ObjectProperty<ScheduleRiskReport> reportProperty() {
        return report;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void run() {
        LocalDate day = target.get();
        context.runner().run(() -> context.core().risk().analyse(user, project.id(), ScheduleRiskService.DEFAULT_ITERATIONS,
                SEED, DurationDistribution.PERT, day), r -> {
                    error.set(null);
                    report.set(r);
                }, failure -> error.set(new ErrorMessages(context.messages()).describe(failure)));
    }
}
