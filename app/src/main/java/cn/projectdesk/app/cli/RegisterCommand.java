package cn.projectdesk.app.cli;

import cn.projectdesk.core.interop.ledger.LedgerFileException;
import cn.projectdesk.core.interop.ledger.LedgerMapping;
import cn.projectdesk.core.interop.ledger.RegisterImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk register import FILE}: create the projects of a project register (项目台账). */
@Command(name = "register", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = RegisterCommand.Import.class)
final class RegisterCommand extends CommandGroup {
    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RegisterCommand register;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "register.file")
        Path file;

        @picocli.CommandLine.Mixin
        ExcelImportOptions options;


        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession session = CliSession.open(register.top)) {
                LedgerMapping m = options.mappingOrNull();
                RegisterImportResult r = options.dryRun ? session.core.ledger().previewRegister(session.user, file, m)
                        : session.core.ledger().importRegister(session.user, file, m);
                if (options.json) {
                    out.println(LedgerCommand.json().writeValueAsString(r));
                } else {
                    Reports.mapping(out, r.sheet(), r.headerFirstRow(), r.headerLastRow(), r.unit(), r.mapping());
                    Reports.issues(out, r.issues());
                }
                out.flush();
                if (!r.ok()) {
                    Reports.fail(spec, CliMessages.get("register.rejected", r.issues().size(), file.getFileName()));
                    return ExitCode.BAD_INPUT;
                }
                if (!options.json) {
                    out.println(CliMessages.get(options.dryRun ? "register.checked" : "register.imported",
                            options.dryRun ? r.rowsRead() : r.created().size(), String.join(", ", r.created())));
                    out.flush();
                }
                return ExitCode.OK;
            } catch (LedgerFileException e) {
                Reports.fail(spec, CliMessages.get("ledger.fileError", file, CliMessages.get(e.messageKey())));
                return ExitCode.BAD_INPUT;
            }
        }
    }
}
