package cn.projectdesk.core.change;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An impact line with before/after: dates after are known once the approved change was applied. */
public record ChangeItemView(int order, ChangeItemKind kind, String subject, Integer beforeDuration, Integer newDuration,
                             LocalDate beforeStart, LocalDate beforeFinish, LocalDate afterStart, LocalDate afterFinish,
                             BigDecimal beforeAmount, BigDecimal newAmount, BigDecimal afterAmount) {
}
