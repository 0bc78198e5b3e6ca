package cn.projectdesk.app;

import cn.projectdesk.app.cli.ProjectDeskCommand;

/**
 * Entry point of bin/projectdesk: the GUI without a subcommand, the command line with one. A plain
 * class, not a JavaFX Application, so that JavaFX on the class path starts without a module setup.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LoggingSetup.beforeFirstLogger(args);
        int exitCode = ProjectDeskCommand.run(args);
        System.exit(exitCode);
    }
}
