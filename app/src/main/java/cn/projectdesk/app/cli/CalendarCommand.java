package cn.projectdesk.app.cli;

import cn.projectdesk.core.calendar.HolidayFileException;
import cn.projectdesk.core.calendar.HolidayFileProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk calendar import FILE | add-day}: China's holidays for years not shipped yet. */
@Command(name = "calendar", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {CalendarCommand.ImportYear.class, CalendarCommand.AddDay.class})
final class CalendarCommand extends CommandGroup {
    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ImportYear implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "calendar.import.file")
        Path file;

        /** Every problem on its own line as FILE:LINE: reason, like a compiler, then exit 2. */
        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(calendar.top)) {
                int days = session.core.holidays().importYear(session.user, file);
                spec.commandLine().getOut().println(CliMessages.get("calendar.imported", days, file));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (HolidayFileException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (HolidayFileProblem p : e.problems()) {
                    err.println(e.file() + ":" + p.line() + ": " + CliMessages.get(p.reasonKey(), p.detail()));
                }
                err.println(CliMessages.get("calendar.rejected", file));
                err.flush();
                return ExitCode.BAD_INPUT;
            }
        }
    }

    @Command(name = "add-day", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class AddDay implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;
        @Option(names = "--date", required = true, descriptionKey = "calendar.addDay.date")
        LocalDate date;
        @Option(names = "--name", required = true, descriptionKey = "calendar.addDay.name")
        String name;
        @Option(names = "--workday", descriptionKey = "calendar.addDay.workday")
        boolean workday;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(calendar.top)) {
                session.core.holidays().addDay(session.user, date, name, !workday);
                return ExitCode.OK;
            }
        }
    }
}
