package cn.projectdesk.core.interop.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the import sees it: its text (trimmed; numbers as plain decimals, e.g. 30201), the number
 * when the cell holds one (formulas: the cached result) and the date when it is date-formatted.
 */
record Cell(String text, BigDecimal number, LocalDate date) {
    static final Cell BLANK = new Cell("", null, null);

    boolean blank() {
        return text.isEmpty() && number == null && date == null;
    }
}
