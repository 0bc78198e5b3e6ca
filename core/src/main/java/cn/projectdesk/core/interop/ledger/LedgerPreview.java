package cn.projectdesk.core.interop.ledger;

import java.util.List;

/**
 * What the import read, before anything is written: the sheet, where the header was, the unit, the
 * proposed mapping, the lines, every problem, and how many rows were skipped as totals (合计/小计),
 * blank or note rows.
 */
public record LedgerPreview(String sheet, int headerFirstRow, int headerLastRow, String unit,
                            List<ColumnMapping> mapping, List<LedgerRow> rows, List<RowIssue> issues,
                            int skippedTotals, int skippedBlank, int skippedOther) {
    public boolean ok() {
        return issues.isEmpty();
    }
}
