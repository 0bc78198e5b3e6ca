package cn.projectdesk.app.cli;

import cn.projectdesk.core.report.FormVerification;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code projectdesk verify-form CODE}: does a paper form still match the record? The first line is the
 * contract scripts read: "matches: ..." (exit 0), or "does not match: ..." / "unknown code: ..." (exit 1).
 */
@Command(name = "verify-form", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class VerifyFormCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "verifyForm.code")
    String code;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.open(top)) {
            FormVerification v = session.core.forms().verify(session.user, code);
            PrintWriter out = spec.commandLine().getOut();
            ApprovalRequestView r = v.request();
            switch (v.outcome()) {
                case MATCHES -> {
                    out.println("matches: " + summary(r));
                    out.println(CliMessages.get("verifyForm.printed", TIME.format(v.printedAt()), v.printedBy(), v.code()));
                }
                case UNKNOWN_CODE -> {
                    out.println("unknown code: " + v.code());
                    out.println(CliMessages.get("verifyForm.unknown", v.code()));
                }
                case CHANGED_SINCE_PRINTING -> {
                    out.println("does not match: " + summary(r));
                    out.println(CliMessages.get("verifyForm.changed", TIME.format(v.printedAt()), v.printedBy(),
                            v.actionsNow() - v.actionsThen(), CliMessages.label(r.status())));
                }
                case RECORD_ALTERED -> {
                    out.println("does not match: " + summary(r));
                    out.println(CliMessages.get("verifyForm.altered", v.code()));
                }
            }
            out.flush();
            return v.matches() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }
    }

    private static String summary(ApprovalRequestView r) {
        return r.code() + " " + CliMessages.label(r.type()) + " " + r.projectCode() + " 《" + r.title() + "》 "
                + CliMessages.label(r.status()) + (r.amount() == null ? "" : " " + r.amount().toPlainString());
    }
}
