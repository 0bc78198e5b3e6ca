package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record PaymentRow(UUID id, UUID contractId, UUID lineId, PaymentKind kind, LocalDate date, BigDecimal amount,
                         String invoiceNo, LocalDate invoiceDate, String overrideReason, String notes,
                         String recordedBy) {
}
