package cn.projectdesk.app.cli;

import cn.projectdesk.core.security.TotpService;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk totp enrol|confirm|disable}: the second factor (TOTP) of the signed-in user. */
@Command(name = "totp", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {TotpCommand.Enrol.class, TotpCommand.Confirm.class, TotpCommand.Disable.class})
final class TotpCommand extends CommandGroup {

    @Command(name = "enrol", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Enrol implements Callable<Integer> {
        @ParentCommand
        TotpCommand totp;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(totp.top)) {
                char[] password = CliSession.password(totp.top.user);
                try {
                    TotpService.TotpSetup setup = session.core.totp().enrol(session.user, password);
                    PrintWriter out = spec.commandLine().getOut();
                    out.println("secret: " + setup.secret());
                    out.println("uri: " + setup.otpauthUri());
                    out.println(CliMessages.get("totp.enrol.next"));
                    out.flush();
                    return ExitCode.OK;
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        }
    }

    @Command(name = "confirm", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Confirm implements Callable<Integer> {
        @ParentCommand
        TotpCommand totp;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "totp.confirm.code")
        String code;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(totp.top)) {
                char[] password = CliSession.password(totp.top.user);
                try {
                    session.core.totp().confirm(session.user, password, code);
                } finally {
                    Arrays.fill(password, '\0');
                }
                spec.commandLine().getOut().println(CliMessages.get("totp.confirm.done"));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "disable", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        TotpCommand totp;

        @Spec
        CommandSpec spec;

        @Option(names = "--for", paramLabel = "USER", descriptionKey = "totp.disable.for")
        String forUser;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(totp.top)) {
                String target = forUser == null ? session.user.username() : forUser.strip();
                session.core.totp().disable(session.user, target);
                spec.commandLine().getOut().println(CliMessages.get("totp.disable.done", target));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
