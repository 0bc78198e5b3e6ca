package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.workflow.ApprovalEffect;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 付款申请: an approved payment request records the actual payment it asked for, in the same transaction
 * as the final approval. The request's effect data names the contract and the payment (JSON, see
 * {@link Data}); the request amount must equal the payment, because it is what the flow's amount
 * conditions (e.g. the director's step for large sums) were decided on. The contract and line limits are
 * checked at submission and again at approval (payments may have been made meanwhile); an override
 * reason in the request lets it through, as in the payment form.
 */
public final class PaymentApprovalEffect implements ApprovalEffect {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a payment request carries; amounts and dates as text so that nothing is lost in JSON. */
    public record Data(String contractId, String date, String amount, String invoiceNo, String invoiceDate,
                       String overrideReason, String notes) {
        PaymentDraft toDraft() {
            return new PaymentDraft(PaymentKind.ACTUAL, LocalDate.parse(date), new BigDecimal(amount), invoiceNo,
                    invoiceDate == null ? null : LocalDate.parse(invoiceDate), overrideReason, notes);
        }
    }

    /** The approval request for paying {@code payment} on a contract (checked as the payment form checks). */
    public static RequestDraft requestDraft(ContractRow contract, PaymentDraft payment, String title, String content) {
        ContractService.checkDraft(payment);
        if (payment.kind() != PaymentKind.ACTUAL) {
            throw ValidationException.of("kind", "validation.payment.requestActualOnly");
        }
        Data data = new Data(contract.id().toString(), payment.date().toString(), Money.yuan(payment.amount()).toPlainString(),
                payment.invoiceNo(), payment.invoiceDate() == null ? null : payment.invoiceDate().toString(),
                payment.overrideReason(), payment.notes());
        try {
            return new RequestDraft(RequestType.PAYMENT, contract.projectId(), title, content, Money.yuan(payment.amount()),
                    JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payment request data", e);
        }
    }

    @Override
    public void checkSubmittable(Session session, ApprovalRequest request) {
        Contract contract = contractOf(session, request);
        ContractService.checkLimits(session, contract, draftOf(request));
    }

    @Override
    public void apply(Session session, ApprovalRequest request, String actor) {
        Contract contract = contractOf(session, request);
        PaymentDraft d = draftOf(request);
        String note = "付款申请 " + request.getCode() + (d.notes() == null || d.notes().isBlank() ? "" : "：" + d.notes().strip());
        ContractService.pay(session, contract, new PaymentDraft(d.kind(), d.date(), d.amount(), d.invoiceNo(),
                d.invoiceDate(), d.overrideReason(), note));
    }

    private static PaymentDraft draftOf(ApprovalRequest request) {
        PaymentDraft d;
        try {
            d = read(request).toDraft();
        } catch (RuntimeException e) {
            throw ValidationException.of("effectData", "validation.payment.requestData");
        }
        ContractService.checkDraft(d);
        if (request.getAmount() == null || Money.yuan(request.getAmount()).compareTo(Money.yuan(d.amount())) != 0) {
            throw ValidationException.of("amount", "validation.payment.requestAmount");
        }
        return d;
    }

    private static Contract contractOf(Session session, ApprovalRequest request) {
        UUID id;
        try {
            id = UUID.fromString(read(request).contractId());
        } catch (RuntimeException e) {
            throw ValidationException.of("effectData", "validation.payment.requestData");
        }
        Contract c = session.get(Contract.class, id);
        if (c == null || c.isDeleted() || !c.getProject().getId().equals(request.getProject().getId())) {
            throw ValidationException.of("contract", "validation.budget.unknownContract");
        }
        return c;
    }

    private static Data read(ApprovalRequest request) {
        if (request.getEffectData() == null) {
            throw new IllegalArgumentException("no effect data");
        }
        try {
            return JSON.readValue(request.getEffectData(), Data.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
