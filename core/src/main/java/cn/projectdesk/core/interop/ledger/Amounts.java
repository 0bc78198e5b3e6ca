package cn.projectdesk.core.interop.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as ledgers write them: numbers, text with thousand separators, ¥, 元, dashes for zero. */
final class Amounts {
    private Amounts() {
    }

    /** The amount in yuan rounded to the cent, null for a blank cell; throws NumberFormatException for text. */
    static BigDecimal yuan(Cell cell, Unit unit) {
        BigDecimal n = cell.number();
        if (n == null) {
            if (cell.date() != null) {
                throw new NumberFormatException("a date");
            }
            String t = cell.text().replaceAll("[\\s,，¥￥元]", "");
            if (t.isEmpty()) {
                return null;
            }
            if (t.matches("[-—－/]+")) {
                return BigDecimal.ZERO.setScale(2);
            }
            boolean negative = false;
            if (t.matches("[(（].*[)）]")) {
                negative = true;
                t = t.substring(1, t.length() - 1);
            }
            if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
                throw new NumberFormatException(cell.text());
            }
            n = new BigDecimal(t);
            if (negative) {
                n = n.negate();
            }
        }
        return n.multiply(unit.factor()).setScale(2, RoundingMode.HALF_UP);
    }
}
