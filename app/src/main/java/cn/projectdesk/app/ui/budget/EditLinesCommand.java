package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.BudgetService;
import cn.projectdesk.core.security.UserSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Changes one or more budget lines (a typed cell, or a pasted range) in one transaction; undo puts the
 * lines back as the user saw them. The version each line had after the last run is remembered, so that
 * a change by someone else in between is reported instead of overwritten.
 */
public final class EditLinesCommand implements Command {
    /** One line: what it was and what it becomes. */
    public record Change(UUID lineId, long version, BudgetLineDraft before, BudgetLineDraft after) {
    }

    private final BudgetService lines;
    private final UserSession user;
    private final List<Change> changes;
    private final long[] versions;
    private final String description;

    public EditLinesCommand(BudgetService lines, UserSession user, List<Change> changes, String description) {
        this.lines = lines;
        this.user = user;
        this.changes = List.copyOf(changes);
        this.versions = changes.stream().mapToLong(Change::version).toArray();
        this.description = description;
    }

    @Override
    public void execute() {
        apply(true);
    }

    @Override
    public void undo() {
        apply(false);
    }

    private void apply(boolean forward) {
        List<BudgetService.LineEdit> edits = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            edits.add(new BudgetService.LineEdit(c.lineId(), versions[i], forward ? c.after() : c.before()));
        }
        List<BudgetLineRow> rows = lines.updateLines(user, edits);
        for (int i = 0; i < rows.size(); i++) {
            versions[i] = rows.get(i).version();
        }
    }

    public int size() {
        return changes.size();
    }

    @Override
    public String description() {
        return description;
    }
}
