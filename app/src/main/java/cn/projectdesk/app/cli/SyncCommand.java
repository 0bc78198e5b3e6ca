package cn.projectdesk.app.cli;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.SyncRefusedException;
import cn.projectdesk.sync.client.SyncStatus;
import cn.projectdesk.sync.client.Synchronizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code projectdesk sync}: push this installation's changes to headquarters and pull theirs (exit 0 ok,
 * 1 failed; for a scheduled task). {@code sync setup} connects to a server, {@code sync status} reports.
 * The device certificate's password comes from PROJECTDESK_CERT_PASSWORD or a prompt.
 */
@Command(name = "sync", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {SyncCommand.Setup.class, SyncCommand.Status.class})
final class SyncCommand implements Callable<Integer> {
    static final String CERT_PASSWORD_VARIABLE = "PROJECTDESK_CERT_PASSWORD";

    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, GeneralSecurityException, InterruptedException {
        try (CoreServices core = CoreServices.open(top.dataFolder())) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Synchronizer.Report report = new Synchronizer(core.database(),
                        DeviceSetup.client(core.database(), certPassword())).run(p -> { });
                out.println(CliMessages.get("sync.done", report.pushed(), report.pulled(), report.conflicts()));
                out.flush();
                return ExitCode.OK;
            } catch (IllegalStateException e) {
                throw new CliInputException(e.getMessage());
            } catch (SyncRefusedException e) {
                spec.commandLine().getErr().println(CliMessages.get("sync.refused", e.getMessage()));
            } catch (IOException e) {
                spec.commandLine().getErr().println(CliMessages.get("sync.failed", e.toString()));
            }
            spec.commandLine().getErr().flush();
            return ExitCode.CHECK_FAILED;
        }
    }

    static char[] certPassword() {
        String fromEnv = CliEnvironment.get(CERT_PASSWORD_VARIABLE);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword(CliMessages.get("sync.certPrompt"));
        if (typed == null) {
            throw new CliInputException(CliMessages.get("sync.noCertPassword", CERT_PASSWORD_VARIABLE));
        }
        return typed;
    }

    @Command(name = "setup", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Setup implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Option(names = "--server", paramLabel = "URL", descriptionKey = "sync.setup.server")
        URI server;

        @Option(names = "--device-cert", required = true, paramLabel = "F.p12", descriptionKey = "sync.setup.deviceCert")
        Path deviceCert;

        @Override
        public Integer call() throws GeneralSecurityException, InterruptedException {
            try (CoreServices core = CoreServices.open(sync.top.dataFolder())) {
                Map<?, ?> hello;
                try {
                    if (server == null) {
                        DeviceSetup.importCertificate(core.database(), deviceCert, certPassword());
                        spec.commandLine().getOut().println(CliMessages.get("sync.setup.offline", deviceCert));
                        spec.commandLine().getOut().flush();
                        return ExitCode.OK;
                    }
                    hello = DeviceSetup.connect(core.database(), server, deviceCert, certPassword());
                } catch (IllegalArgumentException e) {
                    throw new CliInputException(e.getMessage());
                } catch (IOException e) {
                    spec.commandLine().getErr().println(CliMessages.get("sync.failed", e.toString()));
                    spec.commandLine().getErr().flush();
                    return ExitCode.CHECK_FAILED;
                }
                spec.commandLine().getOut().println(CliMessages.get("sync.setup.done", server, hello.get("device"),
                        hello.get("orgUnit")));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "status", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        @ParentCommand
        SyncCommand sync;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "sync.status.json")
        boolean json;

        @Override
        public Integer call() throws IOException {
            try (CoreServices core = CoreServices.open(sync.top.dataFolder())) {
                SyncStatus status = SyncStatus.of(core.database());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put("server", status.server());
                    object.put("configured", status.configured());
                    object.put("pendingChanges", status.pendingChanges());
                    object.put("lastSync", status.lastSyncAt() == null ? null : status.lastSyncAt().toString());
                    object.put("lastResult", status.lastResult());
                    object.put("pushedSeq", status.pushedSeq());
                    object.put("cursor", status.cursor());
                    object.put("openConflicts", status.openConflicts());
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(object));
                } else {
                    out.println(CliMessages.get("sync.status.text", status.server() == null ? "-" : status.server(),
                            status.pendingChanges(), status.lastSyncAt() == null ? "-" : status.lastSyncAt(),
                            status.lastResult() == null ? "-" : status.lastResult(), status.cursor(), status.openConflicts()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }
    }
}
