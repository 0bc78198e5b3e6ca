package cn.projectdesk.core.report;

import cn.projectdesk.core.workflow.ActionType;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestStatus;
import cn.projectdesk.core.workflow.RouteStep;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lays a request out as a 审批表: the project table, the request, then one opinion row per decision
 * (oldest first, with the signer and date), blank rows for the steps still to come, and the result.
 */
final class FormComposer {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ApprovalEngine.ZONE);
    private static final Set<ActionType> ON_FORM = Set.of(ActionType.APPROVE, ActionType.REJECT, ActionType.RETURN,
            ActionType.WITHDRAW, ActionType.SKIP);

    private final FormTexts t;

    FormComposer(Locale locale) {
        this.t = new FormTexts(locale);
    }

    FormDocument compose(FormContent content, String code, Instant printedAt, String printedBy) {
        ApprovalRequestView r = content.request();
        FormProject p = content.project();
        String typeName = t.label(r.type());
        List<FormRow> rows = new ArrayList<>();
        rows.add(FormRow.of(FormCell.label(t.get("form.projectName")), FormCell.value(p.name(), 3)));
        rows.add(FormRow.of(FormCell.label(t.get("form.projectCode")), FormCell.value(p.code(), 1),
                FormCell.label(t.get("form.department")), FormCell.value(p.department(), 1)));
        rows.add(FormRow.of(FormCell.label(t.get("form.projectType")), FormCell.value(p.type() == null ? "" : t.label(p.type()), 1),
                FormCell.label(t.get("form.year")), FormCell.value(Integer.toString(p.year()), 1)));
        rows.add(FormRow.of(FormCell.label(t.get("form.stage")), FormCell.value(t.label(p.stage()), 1),
                FormCell.label(t.get("form.approvedBudget")),
                FormCell.value(p.approvedBudget() == null ? "" : t.get("form.yuan", money(p.approvedBudget())), 1)));
        Instant filed = r.submittedAt() != null ? r.submittedAt() : r.createdAt();
        rows.add(FormRow.of(FormCell.label(t.get("form.requester")), FormCell.value(r.requesterName(), 1),
                FormCell.label(t.get("form.submitted")), FormCell.value(t.date(day(filed)), 1)));
        rows.add(FormRow.of(FormCell.label(t.get("form.subject")), FormCell.value(r.title(), 3)));
        if (r.amount() != null) {
            rows.add(FormRow.of(FormCell.label(t.get("form.amount")), FormCell.value(t.get("form.yuan", money(r.amount()))
                    + "（" + ChineseAmount.uppercase(r.amount()) + "）", 3)));
        }
        rows.add(FormRow.of(FormCell.label(t.get("form.content")), FormCell.value(r.content(), 3)));
        rows.add(FormRow.section(t.get("form.opinions")));
        addOpinions(rows, content);
        String result = t.label(r.status()) + (r.status() == RequestStatus.PENDING && r.currentStepName() != null
                ? "  " + t.get("form.currentStep", r.currentStepName()) : "");
        rows.add(FormRow.of(FormCell.label(t.get("form.result")), FormCell.value(result, 3)));

        String display = VerificationCode.display(code);
        return new FormDocument(p.issuingUnit(), t.get("form.title", typeName), t.get("form.title", typeName)
                + t.get("form.continued"), t.get("form.number", r.code()), t.get("form.printed", PRINTED.format(printedAt),
                printedBy), rows, t.get("form.code", display), t.get("form.codeHint", display),
                "PROJECTDESK-FORM:" + display + ":" + r.code(), "form.page", printedBy, r.title());
    }

    String page(int page, int pages) {
        return t.get("form.page", page, pages);
    }

    private void addOpinions(List<FormRow> rows, FormContent content) {
        ApprovalRequestView r = content.request();
        boolean severalRounds = r.round() > 1;
        for (TimelineEntry e : content.history()) {
            if (!ON_FORM.contains(e.type())) {
                continue;
            }
            String step = e.type() == ActionType.WITHDRAW ? t.get("form.requesterStep")
                    : e.stepName() == null ? "" : e.stepName();
            if (severalRounds) {
                step = step + "\n" + t.get("form.round", e.round());
            }
            String signer = e.actorName() + (e.onBehalfOfName() == null ? "" : t.get("form.onBehalfOf", e.onBehalfOfName()));
            String signLine = "【" + t.label(e.type()) + "】  " + t.get("form.signedBy", signer) + "    " + t.date(day(e.at()));
            String opinion = e.opinion() == null ? "" : e.opinion();
            if (e.type() == ActionType.SKIP) {
                rows.add(FormRow.opinion(step, t.get("form.skipped"), null, null));
            } else {
                rows.add(FormRow.opinion(step, opinion, signLine, content.signatures().get(e.actor())));
            }
        }
        if (r.status() == RequestStatus.PENDING && r.currentStep() != null) {
            // the current step (a countersign may be half signed) and every later one leave a blank row to sign
            for (RouteStep step : content.route()) {
                if (step.skipReason() == null && step.index() >= r.currentStep()) {
                    rows.add(FormRow.opinion(step.name(), t.get("form.pending"), null, null));
                }
            }
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ApprovalEngine.ZONE);
    }

    private static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }
}
