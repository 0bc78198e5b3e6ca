package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the sheet, the form or the import hands in for one line. {@code fundingSource} and
 * {@code economicCode} may be a code or a name from the code lists; {@code paidBefore} is what was paid
 * before the ledger was kept here (累计支付 of an imported ledger), zero when unknown.
 */
public record BudgetLineDraft(String fundingSource, String economicCode, int year, String item,
                              BigDecimal approvedAmount, BigDecimal paidBefore, UUID taskId, String notes) {
    public static BudgetLineDraft of(String fundingSource, String economicCode, int year, String item, String approved) {
        return new BudgetLineDraft(fundingSource, economicCode, year, item, new BigDecimal(approved), null, null, null);
    }

    public BudgetLineDraft withApproved(BigDecimal amount) {
        return new BudgetLineDraft(fundingSource, economicCode, year, item, amount, paidBefore, taskId, notes);
    }

    public BudgetLineDraft withItem(String text) {
        return new BudgetLineDraft(fundingSource, economicCode, year, text, approvedAmount, paidBefore, taskId, notes);
    }

    public BudgetLineDraft withEconomicCode(String code) {
        return new BudgetLineDraft(fundingSource, code, year, item, approvedAmount, paidBefore, taskId, notes);
    }

    public BudgetLineDraft withFundingSource(String source) {
        return new BudgetLineDraft(source, economicCode, year, item, approvedAmount, paidBefore, taskId, notes);
    }

    public BudgetLineDraft withYear(int value) {
        return new BudgetLineDraft(fundingSource, economicCode, value, item, approvedAmount, paidBefore, taskId, notes);
    }

    public BudgetLineDraft withNotes(String text) {
        return new BudgetLineDraft(fundingSource, economicCode, year, item, approvedAmount, paidBefore, taskId, text);
    }
}
