package cn.projectdesk.core.interop.ledger;

/**
 * A sheet of a workbook as the import wizard offers it: its name, whether Excel hides it, and whether it
 * is the one read when none is chosen (the first visible sheet: extra sheets such as 说明 are listed,
 * never read unless the user picks them).
 */
public record LedgerSheet(String name, boolean hidden, boolean isDefault) {
}
