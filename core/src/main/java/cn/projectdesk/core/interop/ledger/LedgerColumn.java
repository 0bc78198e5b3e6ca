package cn.projectdesk.core.interop.ledger;

/**
 * The columns a budget ledger (预算台账) may have. The order matters for recognising headers: specific
 * names first (调整后预算数 before 预算数, 科目名称 before 科目).
 */
public enum LedgerColumn {
    SEQUENCE, FUNDING_SOURCE, ECONOMIC_NAME, ECONOMIC_CODE, YEAR, ITEM, ADJUSTED_TOTAL, ADJUSTMENT, APPROVED, PAID, NOTES
}
