package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as the form hands it in. {@code originalId} set makes it a supplementary contract (补充合同) of
 * that contract, charged to the same line.
 */
public record ContractDraft(UUID lineId, UUID originalId, String contractNo, String title, ProcurementMethod method,
                            LocalDate procurementStart, LocalDate awardDate, String supplierName,
                            String supplierCreditCode, BigDecimal amount, LocalDate signingDate, LocalDate termStart,
                            LocalDate termEnd, LocalDate warrantyEnd, String notes) {
}
