package cn.projectdesk.core.report;

import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over what a printed form asserts: the request's identity, text, amount and status, and every
 * action on it (who, when, what, opinion). Length-prefixed fields, like the audit chain, so no value can
 * imitate a separator. Anything the paper shows that changes later (a new action, an edited title, a
 * different status) changes the digest; labels and layout do not.
 */
public final class FormFingerprint {
    private FormFingerprint() {
    }

    public static String of(ApprovalRequestView r, List<TimelineEntry> history) {
        StringBuilder s = new StringBuilder(512);
        field(s, "form-v1");
        field(s, r.id().toString());
        field(s, r.code());
        field(s, r.type().name());
        field(s, r.projectCode());
        field(s, r.title());
        field(s, r.content());
        field(s, r.amount() == null ? null : r.amount().stripTrailingZeros().toPlainString());
        field(s, r.status().name());
        field(s, Integer.toString(r.round()));
        field(s, r.requester());
        for (TimelineEntry e : history) {
            field(s, Integer.toString(e.seq()));
            field(s, Integer.toString(e.round()));
            field(s, micros(e.at()));
            field(s, e.type().name());
            field(s, e.actor());
            field(s, e.onBehalfOf());
            field(s, e.stepIndex() == null ? null : e.stepIndex().toString());
            field(s, e.opinion());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String micros(Instant at) {
        return at == null ? null : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }
}
