package cn.projectdesk.app.ui.progress;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Progress and earned value of one project at its status date, against the chosen baseline: reads
 * the baselines and the report on the worker thread and holds the last result.
 */
public final class EarnedValueViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ProjectSummary project;
    private final ObservableList<BaselineSummary> baselines = FXCollections.observableArrayList();
    private final ObjectProperty<BaselineSummary> baseline = new SimpleObjectProperty<>();
    private final ObjectProperty<ProgressReport> report = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();

    public EarnedValueViewModel(AppContext context, UserSession user, ProjectSummary project) {
        this.context = context;
        this.user = user;
        this.project = project;
        baseline.addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                load();
            }
        });
    }

    /** Lists the baselines, chooses the latest (as the Gantt chart does) and loads the report. */
    public void open() {
        context.runner().run(() -> context.core().baselines().list(user, project.id()), list -> {
            baselines.setAll(list);
            if (list.isEmpty()) {
                load();
            } else {
                baseline.set(list.get(list.size() - 1));
            }
        }, this::fail);
    }

    private void load() {
        BaselineSummary chosen = baseline.get();
        UUID id = chosen == null ? null : chosen.id();
        context.runner().run(() -> context.core().progress().report(user, project.id(), id), r -> {
            error.set(null);
            report.set(r);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        error.set(new ErrorMessages(context.messages()).describe(failure));
    }

    public ProjectSummary project() {
        return project;
    }

    public ObservableList<BaselineSummary> baselines() {
        return baselines;
    }

    public ObjectProperty<BaselineSummary> baselineProperty() {
        return baseline;
    }

    public ObjectProperty<ProgressReport> reportProperty() {
        return report;
    }

    public StringProperty errorProperty() {
        return error;
    }

    List<ProgressReport.Row> rows() {
        return report.get() == null ? List.of() : report.get().rows();
    }
}
