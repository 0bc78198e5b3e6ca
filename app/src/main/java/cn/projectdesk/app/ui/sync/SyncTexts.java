package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.sync.client.DeviceCertificate;
import cn.projectdesk.sync.client.Synchronizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The Sync screen's and the status bar's sentences, in the user's language. */
public final class SyncTexts {
    private final Messages messages;
    private final DateTimeFormatter time;

    public SyncTexts(Messages messages) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    public String time(Instant at) {
        return at == null ? messages.get("sync.never") : time.format(at);
    }

    /**
     * The stored result of the last run ("OK pushed=3 pulled=2 conflicts=0", "FAILED reason",
     * "CANCELLED ...", written by the sync module for the CLI as well) in words.
     */
    public String lastResult(String stored) {
        if (stored == null || stored.isBlank()) {
            return messages.get("sync.never");
        }
        int space = stored.indexOf(' ');
        String kind = space < 0 ? stored : stored.substring(0, space);
        String rest = space < 0 ? "" : stored.substring(space + 1);
        return switch (kind) {
            case "OK" -> rest.startsWith("bundle")
                    ? messages.format("sync.result.bundle", number(rest, "applied"), number(rest, "conflicts"))
                    : messages.format("sync.result.ok", number(rest, "pushed"), number(rest, "pulled"), number(rest, "conflicts"));
            case "FAILED" -> messages.format("sync.result.failed", rest);
            case "CANCELLED" -> messages.get("sync.result.cancelled");
            default -> stored;
        };
    }

    private static long number(String text, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    public String outcome(SyncOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        String detail = outcome.detail() == null ? "" : outcome.detail();
        return switch (outcome.kind()) {
            case OK -> messages.format("sync.outcome.OK", outcome.report().pushed(), outcome.report().pulled(),
                    outcome.report().conflicts());
            case REFUSED, FAILED, UNREACHABLE -> messages.format("sync.outcome." + outcome.kind().name(), detail);
            default -> messages.get("sync.outcome." + outcome.kind().name());
        };
    }

    public String progress(Synchronizer.Progress p) {
        if (p == null) {
            return messages.get("sync.progress.starting");
        }
        return p.phase() == Synchronizer.Progress.Phase.PUSH
                ? messages.format("sync.progress.push", p.done(), p.total())
                : messages.format("sync.progress.pull", p.done());
    }

    public String certificateProblem(DeviceCertificate.InvalidException e) {
        return messages.get("sync.cert.problem." + e.problem().name());
    }

    public String certificate(DeviceCertificate c) {
        return messages.format("sync.cert.info", c.device(), c.orgUnit(), time(c.notAfter()));
    }

    public String refusal(BundleRefusal refusal) {
        return messages.get("sync.bundle.refused." + refusal.name());
    }

    public String everyMinutes(int minutes) {
        return minutes <= 0 ? messages.get("sync.auto.off") : messages.format("sync.auto.every", minutes);
    }
}
