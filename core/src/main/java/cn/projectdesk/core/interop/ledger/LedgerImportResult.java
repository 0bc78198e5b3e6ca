package cn.projectdesk.core.interop.ledger;

import java.util.List;

/**
 * The outcome of an import: the preview (mapping, skipped rows), every problem with row and column, and
 * how many lines were written — zero whenever there is a problem (all or nothing) or on a dry run.
 */
public record LedgerImportResult(String projectCode, LedgerPreview preview, List<RowIssue> issues, int written) {
    public boolean ok() {
        return issues.isEmpty();
    }
}
