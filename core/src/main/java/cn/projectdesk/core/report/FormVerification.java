package cn.projectdesk.core.report;

import cn.projectdesk.core.workflow.ApprovalRequestView;
import java.time.Instant;

/**
 * Whether a paper form matches the record. {@code request} is the request as it stands now (null when
 * the code is unknown); printedAt/printedBy/actionsThen describe the print.
 */
public record FormVerification(Outcome outcome, String code, ApprovalRequestView request, Instant printedAt,
                               String printedBy, int actionsThen, int actionsNow) {

    public enum Outcome {
        /** the request is exactly as the form shows it */
        MATCHES,
        /** no form was printed with this code */
        UNKNOWN_CODE,
        /** the request changed after printing (a new action, an edited text, another status) */
        CHANGED_SINCE_PRINTING,
        /** the print record no longer agrees with its own code or with the audit chain */
        RECORD_ALTERED
    }

    public boolean matches() {
        return outcome == Outcome.MATCHES;
    }
}
