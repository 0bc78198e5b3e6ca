package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectDraftValidator;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * New or existing project. Every change re-runs core's validator, so the editor shows each problem
 * beside its field while the user types; the save is a command on the undo history.
 */
public final class ProjectEditorViewModel {
    private final AppContext context;
    private final UserSession user;
    private final List<OrgUnitRow> units;
    private final ProjectSummary existing;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProjectType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> department = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final ObservableSet<FundingSource> funding = FXCollections.observableSet();
    private final ObjectProperty<LifecycleStage> stage = new SimpleObjectProperty<>(LifecycleStage.PLANNING);
    private final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>(ProjectStatus.ACTIVE);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> finish = new SimpleObjectProperty<>();
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Map<String, String>> errors = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding canSave;

    public ProjectEditorViewModel(AppContext context, UserSession user, List<OrgUnitRow> units, ProjectSummary existing) {
        this.context = context;
        this.user = user;
        this.units = List.copyOf(units);
        this.existing = existing;
        if (existing == null) {
            year.set(String.valueOf(context.today().getYear()));
            units.stream().filter(u -> u.id().equals(user.orgUnitId())).findFirst().ifPresent(u -> department.set(u.id()));
        } else {
            fill(existing);
        }
        for (Observable field : new Observable[]{code, name, type, department, year, funding, stage, status, start, finish,
                budget, description}) {
            field.addListener(o -> validate());
        }
        validate();
        canSave = Bindings.createBooleanBinding(() -> errors.get().isEmpty() && !saving.get(), errors, saving);
    }

    private void fill(ProjectSummary p) {
        code.set(p.code());
        name.set(p.name());
        type.set(p.type());
        department.set(p.departmentId());
        year.set(String.valueOf(p.year()));
        funding.addAll(p.fundingSources());
        stage.set(p.stage());
        status.set(p.status());
        start.set(p.plannedStart());
        finish.set(p.plannedFinish());
        budget.set(Formats.money(p.approvedBudget()));
        description.set(p.description() == null ? "" : p.description());
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        Integer parsedYear = parseYear(found);
        BigDecimal parsedBudget = parseBudget(found);
        ProjectDraft draft = draft(parsedYear == null ? 0 : parsedYear, parsedBudget);
        ProjectDraftValidator.errors(draft).forEach(found::putIfAbsent);
        errors.set(found);
    }

    private Integer parseYear(Map<String, String> found) {
        try {
            return Integer.valueOf(year.get().strip());
        } catch (NumberFormatException e) {
            found.put("year", "validation.year.range");
            return null;
        }
    }

    private BigDecimal parseBudget(Map<String, String> found) {
        try {
            return Formats.parseMoney(budget.get()).orElse(null);
        } catch (NumberFormatException e) {
            found.put("approvedBudget", "editor.error.money.format");
            return null;
        }
    }

    private ProjectDraft draft(int parsedYear, BigDecimal parsedBudget) {
        return new ProjectDraft(code.get().strip(), name.get(), type.get(), department.get(), parsedYear, Set.copyOf(funding),
                stage.get(), status.get(), start.get(), finish.get(), parsedBudget, description.get());
    }

    /** Saves through the undo history; validation refused by core lands beside the fields, like live errors. */
    public void save(Consumer<ProjectSummary> onSaved, Consumer<Throwable> onFailure) {
        if (!canSave.get()) {
            return;
        }
        ProjectDraft draft = draft(Integer.parseInt(year.get().strip()), Formats.parseMoney(budget.get()).orElse(null));
        saving.set(true);
        context.runner().run(() -> {
            if (existing == null) {
                CreateProjectCommand command = new CreateProjectCommand(context.core().projects(), user, draft,
                        context.messages().format("command.project.create", draft.name().strip()));
                context.commands().execute(command);
                return command.created();
            }
            Command command = new UpdateProjectCommand(context.core().projects(), user, existing, draft,
                    context.messages().format("command.project.edit", existing.code()));
            context.commands().execute(command);
            return context.core().projects().get(user, existing.id());
        }, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException v) {
                Map<String, String> merged = new LinkedHashMap<>(errors.get());
                merged.putAll(v.fieldErrors());
                errors.set(merged);
            } else {
                onFailure.accept(failure);
            }
        });
    }

    public boolean isNew() {
        return existing == null;
    }

    public ProjectSummary existing() {
        return existing;
    }

    public AppContext context() {
        return context;
    }

    public List<OrgUnitRow> units() {
        return units;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProjectType> typeProperty() {
        return type;
    }

    public ObjectProperty<UUID> departmentProperty() {
        return department;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObservableSet<FundingSource> funding() {
        return funding;
    }

    public ObjectProperty<LifecycleStage> stageProperty() {
        return stage;
    }

    public ObjectProperty<ProjectStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> finishProperty() {
        return finish;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Map<String, String>> errorsProperty() {
        return errors;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
