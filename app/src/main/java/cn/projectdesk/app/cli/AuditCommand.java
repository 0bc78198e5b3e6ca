package cn.projectdesk.app.cli;

import cn.projectdesk.core.audit.AuditVerification;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk audit verify}: is the audit chain intact? */
@Command(name = "audit", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {
    @Command(name = "verify", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        /** First line is the contract scripts read: "intact: N entries" or "broken: entry S altered|missing|reordered". */
        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(audit.top)) {
                AuditVerification result = session.core.audit().verify(session.user);
                PrintWriter out = spec.commandLine().getOut();
                if (result.intact()) {
                    out.println("intact: " + result.entries() + " entries");
                    out.flush();
                    return ExitCode.OK;
                }
                String problem = result.problem().name().toLowerCase(Locale.ROOT);
                out.println("broken: entry " + result.firstBadSeq() + " " + problem);
                out.println(CliMessages.get("audit.verify." + problem, result.firstBadSeq()));
                out.flush();
                return ExitCode.CHECK_FAILED;
            }
        }
    }
}
