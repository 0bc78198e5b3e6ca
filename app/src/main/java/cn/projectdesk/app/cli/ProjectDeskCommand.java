package cn.projectdesk.app.cli;

import cn.projectdesk.app.ui.DesktopLauncher;
import cn.projectdesk.core.setup.DataFolders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code projectdesk}: without a subcommand it opens the desktop window. */
@Command(name = "projectdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "i18n.cli", sortOptions = false,
        subcommands = {InitCommand.class, ProjectsCommand.class, AuditCommand.class, UsersCommand.class, CalendarCommand.class,
                ScheduleCheckCommand.class, GanttCommand.class, LedgerCommand.class, RegisterCommand.class, ApprovalsCommand.class,
                RiskCommand.class, ImportCommand.class, ExportCommand.class,
                FormCommand.class, VerifyFormCommand.class, TotpCommand.class,
                SyncCommand.class, ConflictsCommand.class, BundleCommand.class,
                BackupCommand.class, RestoreCommand.class, ArchiveCommand.class, WarningsCommand.class,
                StageCommand.class, PerformanceCommand.class, CommandLine.HelpCommand.class})
public final class ProjectDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.dataDir", scope = ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "option.user", scope = ScopeType.INHERIT)
    String user;

    @Option(names = "--no-demo", descriptionKey = "option.noDemo")
    boolean noDemo;

    public static int run(String[] args) {
        return newCommandLine().execute(args);
    }

    /**
     * One command with the given environment variables and output, for callers that run several
     * commands in one JVM (the integration tests); the process environment is untouched.
     */
    static synchronized int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = newCommandLine();
        cli.setOut(out);
        cli.setErr(err);
        CliEnvironment.use(environment);
        try {
            return cli.execute(args);
        } finally {
            CliEnvironment.use(null);
            out.flush();
            err.flush();
        }
    }

    private static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new ProjectDeskCommand());
        cli.setExecutionExceptionHandler(new CliErrorHandler());
        cli.setExitCodeExceptionMapper(CliErrorHandler::exitCodeOf);
        return cli;
    }

    /** No subcommand: the GUI. */
    @Override
    public Integer call() {
        return DesktopLauncher.launch(dataFolder(), !noDemo);
    }

    Path dataFolder() {
        return DataFolders.resolve(dataDir);
    }
}
