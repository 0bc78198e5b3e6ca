package cn.projectdesk.app.cli;

import cn.projectdesk.core.audit.AuditFilter;
import cn.projectdesk.core.audit.AuditVerification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk audit verify}: is the audit chain intact? {@code audit export}: the entries to a file. */
@Command(name = "audit", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
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

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "audit.export.to")
        Path to;

        @Option(names = "--from", paramLabel = "DATE", descriptionKey = "audit.export.from")
        LocalDate from;

        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "audit.export.until")
        LocalDate until;

        @Option(names = "--actor", paramLabel = "USER", descriptionKey = "audit.export.actor")
        String actor;

        @Option(names = "--project", paramLabel = "CODE", descriptionKey = "audit.export.project")
        String project;

        @Option(names = "--action", paramLabel = "ACTION", descriptionKey = "audit.export.action")
        String action;

        @Override
        public Integer call() {
            String name = to.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".pdf") && !name.endsWith(".xlsx")) {
                throw new CliInputException(CliMessages.get("audit.export.format", to));
            }
            if (from != null && until != null && until.isBefore(from)) {
                throw new CliInputException(CliMessages.get("audit.export.badRange"));
            }
            try (CliSession session = CliSession.open(audit.top)) {
                int written = session.core.audit().export(session.user, new AuditFilter(from, until, actor, project, action),
                        to, Locale.getDefault());
                spec.commandLine().getOut().println(CliMessages.get("audit.export.done", written, to));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
