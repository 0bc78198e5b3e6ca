package cn.projectdesk.app.cli;

import cn.projectdesk.core.backup.BackupRestorer;
import cn.projectdesk.core.backup.RestoreResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code projectdesk restore FILE --data-dir NEWDIR [--password-file F]}: unpacks a backup into a new,
 * empty data folder and verifies it (counts, audit chain). No sign-in: nobody exists in the new folder
 * until it is restored, and the folder in use is never written. {@code --data-dir} is the global
 * option (inherited), but here it is required so a restore never lands in the default folder.
 */
@Command(name = "restore", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "restore.passwordFile")
    Path passwordFile;

    @Override
    public Integer call() {
        if (top.dataDir == null) {
            throw new CliInputException(CliMessages.get("restore.dataDirRequired"));
        }
        char[] password = passwordFile == null ? null : PasswordFile.read(passwordFile);
        RestoreResult r = BackupRestorer.restore(file, top.dataDir, password);
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored: " + r.folder());
        out.println(CliMessages.get("restore.done", r.tables(), r.rows(), r.auditEntries(), r.attachments(),
                r.manifest().createdAt()));
        out.flush();
        return ExitCode.OK;
    }
}
