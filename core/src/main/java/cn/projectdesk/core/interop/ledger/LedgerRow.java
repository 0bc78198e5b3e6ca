package cn.projectdesk.core.interop.ledger;

import cn.projectdesk.core.budget.BudgetLineDraft;
import java.math.BigDecimal;

/** A data row turned into a line; {@code adjustedAmount} is the ledger's adjusted figure (null if none). */
public record LedgerRow(int row, BudgetLineDraft draft, BigDecimal adjustedAmount) {
}
