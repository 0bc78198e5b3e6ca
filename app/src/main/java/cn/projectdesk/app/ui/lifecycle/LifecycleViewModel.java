package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.performance.export.PerformanceReportExporter;
import cn.projectdesk.core.acceptance.AcceptanceView;
import cn.projectdesk.core.acceptance.ExpertRow;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.change.ChangeDraft;
import cn.projectdesk.core.change.ChangeView;
import cn.projectdesk.core.project.TaskRow;
import java.time.LocalDate;
import cn.projectdesk.core.library.CandidateRow;
import cn.projectdesk.core.library.Promotion;
import cn.projectdesk.core.lifecycle.LifecycleServices;
import cn.projectdesk.core.lifecycle.StageOverview;
import cn.projectdesk.core.performance.ComparisonGroup;
import cn.projectdesk.core.performance.ComparisonRow;
import cn.projectdesk.core.performance.EvaluationReport;
import cn.projectdesk.core.performance.IndicatorInput;
import cn.projectdesk.core.performance.ScoringRule;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 生命周期 area's state for one project: stage and gate, change requests, acceptances, evaluations
 * (with the comparison across projects of the same year) and the project library. The only part that
 * calls core; every call runs on the background worker.
 */
public final class LifecycleViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectSummary> project = new SimpleObjectProperty<>();
    private final ObjectProperty<StageOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<ChangeView> changes = FXCollections.observableArrayList();
    private final ObservableList<AcceptanceView> acceptances = FXCollections.observableArrayList();
    private final ObservableList<EvaluationReport> evaluations = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();

    public LifecycleViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    private LifecycleServices lifecycle() {
        return context.core().lifecycle();
    }

    /** Reloads the project list and library, then the chosen project (or {@code open}, if given). */
    public void refresh(ProjectSummary open, Consumer<Throwable> onFailure) {
        context.runner().run(() -> new Lists(context.core().projects().list(user), lifecycle().library().list(user)), lists -> {
            projects.setAll(lists.projects());
            candidates.setAll(lists.candidates());
            ProjectSummary wanted = open != null ? open : project.get() != null ? project.get()
                    : lists.projects().isEmpty() ? null : lists.projects().get(0);
            ProjectSummary match = wanted == null ? null : lists.projects().stream()
                    .filter(p -> p.id().equals(wanted.id())).findFirst().orElse(null);
            select(match, onFailure);
        }, onFailure);
    }

    public void select(ProjectSummary chosen, Consumer<Throwable> onFailure) {
        project.set(chosen);
        if (chosen == null) {
            overview.set(null);
            changes.clear();
            acceptances.clear();
            evaluations.clear();
            comparison.clear();
            return;
        }
        UUID id = chosen.id();
        context.runner().run(() -> load(id), this::show, onFailure);
    }

    private Loaded load(UUID id) {
        List<EvaluationReport> trend = lifecycle().performance().trend(user, id);
        Integer year = trend.isEmpty() ? null : trend.get(trend.size() - 1).year();
        return new Loaded(lifecycle().stages().overview(user, id), lifecycle().changes().list(user, id),
                lifecycle().acceptance().list(user, id), trend,
                year == null ? List.of() : lifecycle().performance().compare(user, ComparisonGroup.DEPARTMENT, year));
    }

    private void show(Loaded loaded) {
        overview.set(loaded.overview());
        changes.setAll(loaded.changes());
        acceptances.setAll(loaded.acceptances());
        evaluations.setAll(loaded.evaluations());
        comparison.setAll(loaded.comparison());
    }

    public void confirm(String itemKey, String note, Consumer<Throwable> onFailure) {
        UUID id = project.get().id();
        context.runner().run(() -> lifecycle().stages().confirm(user, id, itemKey, note), overview::set, onFailure);
    }

    /** Moves to the next stage; a refusal (missing items) reaches {@code onFailure} as a GateNotMetException. */
    public void advance(String note, Runnable onDone, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> lifecycle().stages().advance(user, p.id(), note), moved -> {
            overview.set(moved);
            onDone.run();
        }, onFailure);
    }

    public void closeRectification(UUID id, String evidence, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> lifecycle().acceptance().closeRectification(user, id, evidence, context.today()),
                closed -> select(p, onFailure), onFailure);
    }

    /** The project's tasks (for a change request's duration lines). */
    public void loadTasks(Consumer<List<TaskRow>> onDone, Consumer<Throwable> onFailure) {
        UUID id = project.get().id();
        context.runner().run(() -> context.core().tasks().tasks(user, id), onDone, onFailure);
    }

    /** Files a change request into the approval workflow (its 变更申请), then reloads. */
    public void fileChange(ChangeDraft draft, Runnable onDone, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> lifecycle().changes().file(user, draft), filed -> {
            select(p, onFailure);
            onDone.run();
        }, onFailure);
    }

    void planAcceptance(AcceptanceDialogs.Plan plan, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> lifecycle().acceptance().plan(user, p.id(), plan.kind(), plan.plannedOn(),
                plan.supplier(), plan.checklist()), planned -> select(p, onFailure), onFailure);
    }

    void eligibleExperts(UUID acceptanceId, Consumer<List<ExpertRow>> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> lifecycle().acceptance().eligibleExperts(user, acceptanceId), onDone, onFailure);
    }

    /** Seats the chosen expert, or draws a panel of the chosen size by lot when none was chosen. */
    void seat(UUID acceptanceId, AcceptanceDialogs.Seat seat, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> seat.expert() != null
                ? lifecycle().acceptance().addPanelist(user, acceptanceId, seat.expert().id())
                : lifecycle().acceptance().drawPanel(user, acceptanceId, seat.size(), null), done -> select(p, onFailure), onFailure);
    }

    /** Records a checklist result as an undoable command. */
    void recordCheck(AcceptanceView acceptance, AcceptanceView.Check check, AcceptanceCommands.CheckValue after,
                     Consumer<Throwable> onFailure) {
        runCommand(AcceptanceCommands.check(lifecycle().acceptance(), user, acceptance.id(), check.order(),
                new AcceptanceCommands.CheckValue(check.result(), check.note()), after,
                context.messages().format("command.acceptance.check", check.description())), onFailure);
    }

    /** Records an expert's opinion and score as an undoable command. */
    void recordOpinion(AcceptanceView acceptance, AcceptanceView.Panelist panelist, AcceptanceCommands.OpinionValue after,
                       Consumer<Throwable> onFailure) {
        runCommand(AcceptanceCommands.opinion(lifecycle().acceptance(), user, acceptance.id(), panelist.expertId(),
                new AcceptanceCommands.OpinionValue(panelist.opinion(), panelist.score()), after,
                context.messages().format("command.acceptance.opinion", panelist.name())), onFailure);
    }

    void conclude(UUID acceptanceId, AcceptanceDialogs.Conclusion c, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> lifecycle().acceptance().conclude(user, acceptanceId, c.heldOn(), c.text(), c.owner(),
                c.due()), done -> select(p, onFailure), onFailure);
    }

    /** The project's archive (current versions the user may see), to pick a fix's evidence from. */
    void archive(Consumer<List<ArchiveDocumentRow>> onDone, Consumer<Throwable> onFailure) {
        UUID id = project.get().id();
        context.runner().run(() -> context.core().ops().archive().list(user, id), onDone, onFailure);
    }

    String username() {
        return user.username();
    }

    LocalDate today() {
        return context.today();
    }

    private void runCommand(cn.projectdesk.app.ui.undo.Command command, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> {
            context.commands().execute(command);
            return null;
        }, done -> select(p, onFailure), onFailure);
    }

    public void promote(UUID candidateId, Consumer<Promotion> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> lifecycle().library().promote(user, candidateId), promotion -> {
            onDone.accept(promotion);
            refresh(null, onFailure);
        }, onFailure);
    }

    /** Records the measured value of indicator {@code order} (1-based) as an undoable command, then reloads. */
    public void recordActual(EvaluationReport report, int order, BigDecimal value, Consumer<Throwable> onFailure) {
        IndicatorInput now = report.scorecard().indicators().get(order - 1).indicator();
        boolean manual = now.rule() == ScoringRule.MANUAL;
        RecordActualCommand command = new RecordActualCommand(lifecycle().performance(), user, report.id(), order,
                new BigDecimal[] {now.actual(), now.manualScore()},
                new BigDecimal[] {manual ? now.actual() : value, manual ? value : now.manualScore()},
                context.messages().format("command.performance.actual", now.name()));
        ProjectSummary p = project.get();
        context.runner().run(() -> {
            context.commands().execute(command);
            return null;
        }, done -> select(p, onFailure), onFailure);
    }

    public void export(EvaluationReport report, Path file, Runnable onDone, Consumer<Throwable> onFailure) {
        PerformanceReportExporter exporter = new PerformanceReportExporter(context.messages().locale());
        context.runner().run(() -> {
            exporter.export(report, file);
            return file;
        }, done -> onDone.run(), onFailure);
    }

    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    public ObjectProperty<ProjectSummary> project() {
        return project;
    }

    public ObjectProperty<StageOverview> overview() {
        return overview;
    }

    public ObservableList<ChangeView> changes() {
        return changes;
    }

    public ObservableList<AcceptanceView> acceptances() {
        return acceptances;
    }

    public ObservableList<EvaluationReport> evaluations() {
        return evaluations;
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    public ObservableList<CandidateRow> candidates() {
        return candidates;
    }

    private record Lists(List<ProjectSummary> projects, List<CandidateRow> candidates) {
    }

    private record Loaded(StageOverview overview, List<ChangeView> changes, List<AcceptanceView> acceptances,
                          List<EvaluationReport> evaluations, List<ComparisonRow> comparison) {
    }
}
