package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract with its figures: {@code ceiling} is its amount plus its supplementary contracts (what may be
 * paid on it), {@code paid} and {@code planned} the actual and planned payments, {@code supplementaryPercent}
 * the supplements as a share of the original and {@code supplementaryOverLimit} whether that share is above
 * 10 % (政府采购法 art. 49; on the original and on each of its supplements).
 */
public record ContractRow(UUID id, UUID projectId, UUID lineId, UUID originalId, String contractNo, String title,
                          ProcurementMethod method, LocalDate procurementStart, LocalDate awardDate, String supplierName,
                          String supplierCreditCode, BigDecimal amount, LocalDate signingDate, LocalDate termStart,
                          LocalDate termEnd, LocalDate warrantyEnd, String notes, BigDecimal ceiling, BigDecimal paid,
                          BigDecimal planned, BigDecimal supplementaryPercent, boolean supplementaryOverLimit,
                          long version) {
}
