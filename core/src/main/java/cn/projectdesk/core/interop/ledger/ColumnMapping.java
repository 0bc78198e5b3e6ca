package cn.projectdesk.core.interop.ledger;

/** Which column (letter, header text, unit) feeds a field: the proposal the user confirms. */
public record ColumnMapping(String field, String column, String header, String unit) {
}
