package cn.projectdesk.app.cli;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.sync.bundle.BundleRefusedException;
import cn.projectdesk.sync.client.NodeBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code projectdesk bundle export|import}: sync through a file for air-gapped networks. Export writes
 * the changes headquarters has not acknowledged; import applies headquarters' reply (all or nothing).
 */
@Command(name = "bundle", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {BundleCommand.Export.class, BundleCommand.Import.class})
final class BundleCommand extends CommandGroup {

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "bundle.export.to")
        Path to;

        @Option(names = "--encrypt-to", paramLabel = "CERT", descriptionKey = "bundle.export.encryptTo")
        Path encryptTo;

        @Override
        public Integer call() throws IOException, GeneralSecurityException {
            try (CoreServices core = CoreServices.open(bundle.top.dataFolder())) {
                NodeBundles.Exported exported;
                X509Certificate recipient;
                try {
                    NodeBundles bundles = new NodeBundles(core.database());
                    recipient = encryptTo != null ? NodeBundles.readCertificate(encryptTo)
                            : bundles.knownServerCertificate().orElse(null);
                    exported = bundles.export(to, SyncCommand.certPassword(), recipient);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new CliInputException(e.getMessage());
                }
                spec.commandLine().getOut().println(recipient == null
                        ? CliMessages.get("bundle.export.done", exported.changes(), to)
                        : CliMessages.get("bundle.export.encrypted", exported.changes(), to,
                                recipient.getSubjectX500Principal().getName()));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "bundle.import.file")
        Path file;

        @Override
        public Integer call() throws IOException, GeneralSecurityException {
            try (CoreServices core = CoreServices.open(bundle.top.dataFolder())) {
                try {
                    NodeBundles.Imported imported = new NodeBundles(core.database()).importReply(file, SyncCommand.certPassword());
                    spec.commandLine().getOut().println(CliMessages.get("bundle.import.done", imported.applied(),
                            imported.duplicates(), imported.conflicts()));
                    spec.commandLine().getOut().flush();
                    return ExitCode.OK;
                } catch (BundleRefusedException e) {
                    spec.commandLine().getErr().println(CliMessages.get("bundle.import.refused", e.getMessage()));
                    spec.commandLine().getErr().flush();
                    return ExitCode.CHECK_FAILED;
                } catch (IllegalStateException e) {
                    throw new CliInputException(e.getMessage());
                }
            }
        }
    }
}
