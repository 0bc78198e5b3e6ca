package cn.projectdesk.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code projects}, {@code ledger}, ...): on its own it prints
 * its usage and exits with "bad usage"; its subcommands reach the global options through {@link #top}.
 */
abstract class CommandGroup implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
