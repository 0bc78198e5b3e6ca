package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.BudgetService;
import cn.projectdesk.core.budget.CodeEntry;
import cn.projectdesk.core.budget.CodeListKind;
import cn.projectdesk.core.budget.LineProblem;
import cn.projectdesk.core.budget.LinesRejectedException;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One project's budget sheet. Every edit (typed cell, pasted range, added or deleted line) is a command on
 * the shared undo history, runs on the worker thread through the budget services, and is followed by a
 * reload, because one changed line changes subtotals, totals and warnings.
 */
public final class BudgetSheetModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectSummary> project = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectBudget> ledger = new SimpleObjectProperty<>();
    private final ObservableList<SheetRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<String, String> classNames = new HashMap<>();
    private final SheetRows.Labels labels;
    private Runnable onLoaded = () -> { };

    public BudgetSheetModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        Messages m = context.messages();
        this.labels = new SheetRows.Labels() {
            @Override
            public String classSubtotal(String code, String name) {
                return m.format("budget.subtotal.class", code, name == null ? "" : name);
            }

            @Override
            public String sourceSubtotal(String name) {
                return m.format("budget.subtotal.source", name);
            }

            @Override
            public String total() {
                return m.get("budget.total");
            }
        };
        filter.addListener((o, old, now) -> rebuild());
    }

    void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = onLoaded;
    }

    /** Loads the projects the user may see and opens {@code preferred} (or the first one). */
    public void refresh(ProjectSummary preferred) {
        UUID wanted = preferred != null ? preferred.id() : project.get() == null ? null : project.get().id();
        context.runner().run(() -> {
            Map<String, String> names = new HashMap<>();
            for (CodeEntry e : context.core().budget().codes().list(user, CodeListKind.ECONOMIC_CLASS)) {
                names.put(e.code(), e.name());
            }
            return new Projects(context.core().projects().list(user), names);
        }, loaded -> {
            classNames.clear();
            classNames.putAll(loaded.classNames());
            projects.setAll(loaded.projects());
            ProjectSummary pick = loaded.projects().stream().filter(p -> p.id().equals(wanted)).findFirst()
                    .orElse(loaded.projects().isEmpty() ? null : loaded.projects().get(0));
            open(pick);
        }, this::failed);
    }

    public void open(ProjectSummary summary) {
        project.set(summary);
        if (summary == null) {
            ledger.set(null);
            rebuild();
            return;
        }
        reload();
    }

    public void reload() {
        ProjectSummary current = project.get();
        if (current == null) {
            return;
        }
        context.runner().run(() -> lines().ledger(user, current.id()), this::deliver, this::failed);
    }

    private void deliver(ProjectBudget loaded) {
        ledger.set(loaded);
        rebuild();
    }

    private void rebuild() {
        ProjectBudget current = ledger.get();
        rows.setAll(current == null ? List.of() : SheetRows.build(current, filter.get(), classNames::get, labels));
        onLoaded.run();
    }

    public boolean canEdit() {
        return user.has(Permission.BUDGET_EDIT);
    }

    // --- edits

    /** A typed cell. Unreadable text is reported and changes nothing. */
    public void editCell(SheetRow row, SheetColumn column, String text) {
        if (row == null || !row.isLine() || !column.editable()) {
            return;
        }
        BudgetLineDraft before = row.line().toDraft();
        BudgetLineDraft after;
        try {
            after = column.edit(before, text);
        } catch (IllegalArgumentException e) {
            message.set(messages().format("budget.error.cell", messages().get(column.key()), text));
            return;
        }
        if (after.equals(before)) {
            return;
        }
        run(new EditLinesCommand(lines(), user, List.of(new EditLinesCommand.Change(row.line().id(), row.line().version(), before, after)),
                messages().format("command.budget.edit", messages().get(column.key()), describe(row.line()))));
    }

    /**
     * Pastes a TSV range with its top-left cell at ({@code anchorRow}, {@code anchorColumn}) of the shown
     * rows and columns. Cells landing on subtotal rows or read-only columns are skipped (and counted); the
     * lines change together in one undoable step, or not at all when any cell is unreadable.
     */
    public void paste(int anchorRow, int anchorColumn, List<SheetColumn> columns, String tsv) {
        List<List<String>> cells = Tsv.parse(tsv);
        Map<UUID, EditLinesCommand.Change> changes = new LinkedHashMap<>();
        int skipped = 0;
        for (int r = 0; r < cells.size(); r++) {
            int rowIndex = anchorRow + r;
            for (int c = 0; c < cells.get(r).size(); c++) {
                int colIndex = anchorColumn + c;
                if (rowIndex >= rows.size() || colIndex >= columns.size()) {
                    skipped++;
                    continue;
                }
                SheetRow row = rows.get(rowIndex);
                SheetColumn column = columns.get(colIndex);
                if (!row.isLine() || !column.editable()) {
                    skipped++;
                    continue;
                }
                BudgetLineRow line = row.line();
                EditLinesCommand.Change previous = changes.get(line.id());
                BudgetLineDraft base = previous == null ? line.toDraft() : previous.after();
                try {
                    changes.put(line.id(), new EditLinesCommand.Change(line.id(), line.version(), line.toDraft(),
                            column.edit(base, cells.get(r).get(c))));
                } catch (IllegalArgumentException e) {
                    message.set(messages().format("budget.error.pasteCell", rowIndex + 1, messages().get(column.key()),
                            cells.get(r).get(c)));
                    return;
                }
            }
        }
        List<EditLinesCommand.Change> real = changes.values().stream().filter(ch -> !ch.before().equals(ch.after())).toList();
        if (real.isEmpty()) {
            message.set(messages().format("budget.pasted.nothing", skipped));
            return;
        }
        String done = messages().format("budget.pasted", real.size(), skipped);
        run(new EditLinesCommand(lines(), user, real, messages().format("command.budget.paste", real.size())), () -> message.set(done));
    }

    /** The cells as TSV (rows in order, columns in order); one line of text per row. */
    public String copy(List<Integer> rowIndexes, List<SheetColumn> columns) {
        List<List<String>> out = new ArrayList<>();
        for (int r : rowIndexes) {
            SheetRow row = rows.get(r);
            out.add(columns.stream().map(c -> c.copyText(row)).toList());
        }
        return Tsv.format(out);
    }

    /** Adds a line to fill in: the row's funding source and class (or the first ones), amount zero. */
    public void addLine(SheetRow near) {
        ProjectSummary current = project.get();
        if (current == null) {
            return;
        }
        String source = near != null && near.isLine() ? near.line().fundingSource() : "FISCAL_APPROPRIATION";
        String code = near != null && near.isLine() ? near.line().economicCode() : "30299";
        int year = near != null && near.isLine() ? near.line().year() : current.year();
        long taken = ledger.get() == null ? 0 : ledger.get().lines().size();
        BudgetLineDraft draft = new BudgetLineDraft(source, code, year, messages().format("budget.newItem", taken + 1),
                BigDecimal.ZERO, null, null, null);
        run(new AddLineCommand(lines(), user, current.id(), draft, messages().get("command.budget.add")));
    }

    public void deleteLine(SheetRow row) {
        if (row == null || !row.isLine()) {
            return;
        }
        run(new DeleteLineCommand(lines(), user, row.line(), messages().format("command.budget.delete", describe(row.line()))));
    }

    public void export(Path file, Runnable done) {
        ProjectSummary current = project.get();
        if (current == null) {
            return;
        }
        context.runner().run(() -> {
            context.core().ledger().export(user, current.code(), file);
            return file;
        }, f -> {
            message.set(messages().format("budget.exported", f));
            done.run();
        }, this::failed);
    }

    private void run(Command command) {
        run(command, () -> { });
    }

    private void run(Command command, Runnable after) {
        message.set("");
        ProjectSummary current = project.get();
        context.runner().run(() -> {
            context.commands().execute(command);
            return lines().ledger(user, current.id());
        }, loaded -> {
            deliver(loaded);
            after.run();
        }, failure -> {
            failed(failure);
            reload();
        });
    }

    void failed(Throwable failure) {
        if (failure instanceof LinesRejectedException rejected) {
            message.set(rejected.problems().stream().map(this::describe).distinct().collect(Collectors.joining(" ")));
        } else {
            message.set(new ErrorMessages(messages()).describe(failure));
        }
    }

    private String describe(LineProblem p) {
        return messages().error(p.messageKey()) + (p.value() == null || p.value().isEmpty() ? "" : " (" + p.value() + ")");
    }

    private static String describe(BudgetLineRow l) {
        return l.economicCode() + (l.item() == null ? "" : " " + l.item());
    }

    private BudgetService lines() {
        return context.core().budget().lines();
    }

    Messages messages() {
        return context.messages();
    }

    AppContext context() {
        return context;
    }

    UserSession user() {
        return user;
    }

    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    public ObjectProperty<ProjectSummary> projectProperty() {
        return project;
    }

    public ObjectProperty<ProjectBudget> ledgerProperty() {
        return ledger;
    }

    public ObservableList<SheetRow> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty messageProperty() {
        return message;
    }

    private record Projects(List<ProjectSummary> projects, Map<String, String> classNames) {
    }
}
