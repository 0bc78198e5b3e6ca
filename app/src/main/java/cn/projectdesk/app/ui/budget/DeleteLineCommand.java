package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.BudgetService;
import cn.projectdesk.core.security.UserSession;

/** Deletes (tombstones) a line no contract is charged to; undo restores the same line with its history. */
public final class DeleteLineCommand implements Command {
    private final BudgetService lines;
    private final UserSession user;
    private final BudgetLineRow line;
    private final String description;

    public DeleteLineCommand(BudgetService lines, UserSession user, BudgetLineRow line, String description) {
        this.lines = lines;
        this.user = user;
        this.line = line;
        this.description = description;
    }

    @Override
    public void execute() {
        lines.deleteLine(user, line.id());
    }

    @Override
    public void undo() {
        lines.restoreLine(user, line.id());
    }

    @Override
    public String description() {
        return description;
    }
}
