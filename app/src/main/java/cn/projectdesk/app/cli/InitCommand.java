package cn.projectdesk.app.cli;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.setup.SetupRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk --data-dir D init [--demo] --admin-password-file F}: set up a data folder without a window. */
@Command(name = "init", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--demo", descriptionKey = "init.demo")
    boolean demo;

    @Option(names = "--admin-password-file", required = true, paramLabel = "FILE", descriptionKey = "init.passwordFile")
    Path passwordFile;

    @Option(names = "--office-code", paramLabel = "CODE", defaultValue = "HQ", descriptionKey = "init.officeCode")
    String officeCode;

    @Option(names = "--office-name", paramLabel = "NAME", descriptionKey = "init.officeName")
    String officeName;

    @Override
    public Integer call() {
        char[] password = PasswordFile.read(passwordFile);
        Path folder = parent.dataFolder();
        try (CoreServices core = CoreServices.open(folder)) {
            if (core.setup().isInitialized()) {
                spec.commandLine().getErr().println(CliMessages.get("init.alreadyInitialized", folder));
                return ExitCode.CHECK_FAILED;
            }
            String name = officeName == null ? CliMessages.get("init.defaultOfficeName") : officeName;
            core.setup().initialize(demo ? SetupRequest.demo(password, LocalDate.now())
                    : SetupRequest.plain(password, officeCode, name));
            spec.commandLine().getOut().println(CliMessages.get(demo ? "init.doneDemo" : "init.done", folder));
            return ExitCode.OK;
        }
    }
}
