package cn.projectdesk.core.interop.ledger;

/**
 * One bad row of an import: Excel row number, column letter (with the header text), field, message key
 * from the errors bundle and the offending value as read.
 */
public record RowIssue(int row, String column, String header, String field, String messageKey, String value) {
}
