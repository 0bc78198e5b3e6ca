package cn.projectdesk.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in 大写 (人民币壹佰贰拾万元整), as financial forms require next to the figures so that
 * they cannot be altered by adding a digit. Rules of the People's Bank: 零 once for any run of zeros,
 * 整 when there are no jiao/fen, 万 and 亿 groups.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String uppercase(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() < 0) {
            return "负" + uppercase(rounded.negate());
        }
        long fen = rounded.movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder("人民币");
        if (yuan > 0) {
            out.append(integerPart(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            out.append(yuan == 0 ? "零元整" : "整");
            return out.toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String integerPart(long yuan) {
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        String digits = Long.toString(yuan);
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(i) - '0';
            int position = n - 1 - i;
            if (d == 0) {
                pendingZero = out.length() > 0;
            } else {
                if (pendingZero) {
                    out.append('零');
                    pendingZero = false;
                }
                out.append(DIGITS.charAt(d)).append(IN_GROUP[position % 4]);
            }
            if (position % 4 == 0 && position > 0 && groupHasDigits(digits, i)) {
                out.append(GROUPS[position / 4]);
            }
        }
        return out.toString();
    }

    /** Whether the four-digit group ending at index i has a non-zero digit (else 万/亿 is not written). */
    private static boolean groupHasDigits(String digits, int end) {
        for (int k = Math.max(0, end - 3); k <= end; k++) {
            if (digits.charAt(k) != '0') {
                return true;
            }
        }
        return false;
    }
}
