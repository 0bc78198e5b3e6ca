package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A planned instalment or an actual payment. {@code overrideReason} must be given for an actual payment
 * that would take the contract or the line beyond its amount; it is kept with the payment.
 */
public record PaymentDraft(PaymentKind kind, LocalDate date, BigDecimal amount, String invoiceNo,
                           LocalDate invoiceDate, String overrideReason, String notes) {
}
