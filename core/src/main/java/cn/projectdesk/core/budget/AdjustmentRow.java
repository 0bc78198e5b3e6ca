package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One entry of a line's adjustment history. */
public record AdjustmentRow(UUID id, UUID lineId, BigDecimal amountBefore, BigDecimal newAmount, BigDecimal delta,
                            String reason, AdjustmentStatus status, String requestedBy, Instant requestedAt,
                            String decidedBy, Instant decidedAt, String decisionNote) {
}
