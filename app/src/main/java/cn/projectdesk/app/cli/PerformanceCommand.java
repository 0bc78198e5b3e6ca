package cn.projectdesk.app.cli;

import cn.projectdesk.app.ui.gantt.export.FontMissingException;
import cn.projectdesk.app.ui.performance.export.PerformanceReportExporter;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.performance.EvaluationReport;
import cn.projectdesk.core.project.ProjectSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk performance export --project CODE --year YEAR --to FILE.pdf|FILE.xlsx}: the self-evaluation report. */
@Command(name = "performance", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {PerformanceCommand.Export.class})
final class PerformanceCommand extends CommandGroup {

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PerformanceCommand performance;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "stage.project")
        String project;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "performance.export.year")
        int year;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "performance.export.to")
        Path to;

        @Override
        public Integer call() throws IOException {
            String name = to.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".pdf") && !name.endsWith(".xlsx")) {
                throw new CliInputException(CliMessages.get("performance.export.badExtension", to));
            }
            try (CliSession session = CliSession.open(performance.top)) {
                ProjectSummary p = session.core.projects().findByCode(session.user, project);
                EvaluationReport report = session.core.lifecycle().performance().trend(session.user, p.id()).stream()
                        .filter(r -> r.year() == year).findFirst()
                        .orElseThrow(() -> new NotFoundException(CliMessages.get("performance.export.none", project, year)));
                try {
                    new PerformanceReportExporter(Locale.getDefault()).export(report, to);
                } catch (FontMissingException e) {
                    throw new CliInputException(CliMessages.get("gantt.export.noFont"));
                }
                spec.commandLine().getOut().println(CliMessages.get("performance.export.done", to,
                        report.scorecard().total().toPlainString(), CliMessages.label(report.scorecard().grade())));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
