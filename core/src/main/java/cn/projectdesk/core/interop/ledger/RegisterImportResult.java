package cn.projectdesk.core.interop.ledger;

import java.util.List;

/**
 * The outcome of a register import: sheet, header rows, unit of the budget column, the mapping, every bad
 * row, the project codes created (none when there is any problem, or on a dry run) and skipped rows.
 */
public record RegisterImportResult(String sheet, int headerFirstRow, int headerLastRow, String unit,
                                   List<ColumnMapping> mapping, int rowsRead, List<RowIssue> issues,
                                   List<String> created, int skippedTotals, int skippedBlank) {
    public boolean ok() {
        return issues.isEmpty();
    }
}
