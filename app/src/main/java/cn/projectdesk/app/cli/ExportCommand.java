package cn.projectdesk.app.cli;

import cn.projectdesk.core.project.ProjectSummary;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk export --project CODE --to F.xml}: the plan as MS Project XML (MSPDI). */
@Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "export.project")
    String project;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "export.to")
    Path to;

    @Override
    public Integer call() {
        if (!to.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            throw new CliInputException(CliMessages.get("export.format", to));
        }
        try (CliSession session = CliSession.open(top)) {
            ProjectSummary summary = session.core.projects().findByCode(session.user, project);
            try {
                session.core.msProject().exportFile(session.user, summary.id(), to);
            } catch (UncheckedIOException e) {
                throw new CliInputException(CliMessages.get("export.failed", to, e.getCause().getMessage()));
            }
            spec.commandLine().getOut().println(CliMessages.get("export.done", to.toAbsolutePath()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
