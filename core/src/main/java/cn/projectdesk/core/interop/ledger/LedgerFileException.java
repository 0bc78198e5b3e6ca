package cn.projectdesk.core.interop.ledger;

/**
 * The file as a whole cannot be imported (not an .xlsx workbook, unreadable, empty sheet, no header);
 * {@code messageKey} is in the errors bundle.
 */
public class LedgerFileException extends RuntimeException {
    private final String messageKey;

    public LedgerFileException(String messageKey, String detail, Throwable cause) {
        super(messageKey + (detail == null ? "" : ": " + detail), cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
