package cn.projectdesk.app.ui.budget;

import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.BudgetLineRow;

/**
 * One row of the budget sheet: a budget line, a subtotal (per economic class 类 within a funding source,
 * or per funding source) or the total. {@code line} is set only for lines; the over flags mark the
 * committed and paid cells red (more than the threshold over the adjusted amount).
 */
public record SheetRow(Kind kind, String label, BudgetLineRow line, BudgetFigures figures, boolean committedOver,
                       boolean paidOver) {
    public enum Kind {
        LINE, CLASS_SUBTOTAL, SOURCE_SUBTOTAL, TOTAL
    }

    public boolean isLine() {
        return kind == Kind.LINE;
    }
}
