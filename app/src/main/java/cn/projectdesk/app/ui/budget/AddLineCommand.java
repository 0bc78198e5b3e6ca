package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Adds a budget line; undo tombstones it, redo restores it. */
public final class AddLineCommand implements Command {
    private final BudgetService lines;
    private final UserSession user;
    private final UUID projectId;
    private final BudgetLineDraft draft;
    private final String description;
    private UUID lineId;

    public AddLineCommand(BudgetService lines, UserSession user, UUID projectId, BudgetLineDraft draft, String description) {
        this.lines = lines;
        this.user = user;
        this.projectId = projectId;
        this.draft = draft;
        this.description = description;
    }

    @Override
    public void execute() {
        if (lineId == null) {
            lineId = lines.addLine(user, projectId, draft).id();
        } else {
            lines.restoreLine(user, lineId); // redo brings back the same line
        }
    }

    @Override
    public void undo() {
        lines.deleteLine(user, lineId);
    }

    public UUID lineId() {
        return lineId;
    }

    @Override
    public String description() {
        return description;
    }
}
