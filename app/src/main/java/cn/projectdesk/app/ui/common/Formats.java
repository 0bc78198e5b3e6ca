package cn.projectdesk.app.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Money and dates as government forms write them: 1,234,567.89 and 2026-11-22 in both languages. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : moneyFormat().format(amount);
    }

    /**
     * Reads an amount as typed, with or without thousands separators; empty means no amount. Anything
     * else that is not a plain number is refused rather than guessed.
     */
    public static Optional<BigDecimal> parseMoney(String text) throws NumberFormatException {
        String clean = text == null ? "" : text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        if (!clean.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return Optional.of(new BigDecimal(clean));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormat moneyFormat() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format;
    }
}
