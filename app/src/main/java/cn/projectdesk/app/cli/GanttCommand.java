package cn.projectdesk.app.cli;

import cn.projectdesk.app.ui.gantt.GanttColumns;
import cn.projectdesk.app.ui.gantt.GanttData;
import cn.projectdesk.app.ui.gantt.GanttPrintTexts;
import cn.projectdesk.app.ui.gantt.export.FontMissingException;
import cn.projectdesk.app.ui.gantt.export.GanttExporter;
import cn.projectdesk.app.ui.gantt.export.GanttPages;
import cn.projectdesk.app.ui.gantt.export.Paper;
import cn.projectdesk.app.ui.gantt.export.PrintRequest;
import cn.projectdesk.app.ui.gantt.export.PrintTexts;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.ZoomLevel;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk gantt export}: the Gantt chart of one project as PDF pages or one PNG, for batch printing. */
@Command(name = "gantt", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = GanttCommand.Export.class)
final class GanttCommand extends CommandGroup {
    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        GanttCommand gantt;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "gantt.export.project")
        String project;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "gantt.export.to")
        Path to;

        @Option(names = "--paper", paramLabel = "A3|A4", defaultValue = "A4", descriptionKey = "gantt.export.paper")
        Paper paper;

        @Option(names = "--portrait", descriptionKey = "gantt.export.portrait")
        boolean portrait;

        @Option(names = "--from", paramLabel = "DATE", descriptionKey = "gantt.export.from")
        LocalDate from;

        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "gantt.export.until")
        LocalDate until;

        @Override
        public Integer call() throws IOException {
            String name = to.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean png = name.endsWith(".png");
            if (!png && !name.endsWith(".pdf")) {
                throw new CliInputException(CliMessages.get("gantt.export.format", to));
            }
            if (from != null && until != null && until.isBefore(from)) {
                throw new CliInputException(CliMessages.get("gantt.export.badRange"));
            }
            try (CliSession session = CliSession.open(gantt.top)) {
                ProjectSummary summary = session.core.projects().findByCode(session.user, project);
                GanttData data = GanttData.load(session.core, session.user, summary.id(), null, true);
                GanttModel model = GanttModel.of(data.rows(), data.links(), Set.of());
                Messages messages = Messages.of(Language.forLocale(Locale.getDefault()));
                LocalDate today = LocalDate.now();
                PrintTexts texts = GanttPrintTexts.of(messages, summary, today, GanttColumns.defaults(), data.baselineId() != null);
                // Shaded with the project's own calendar (its holidays and 调休 workdays).
                ChartOptions options = new ChartOptions(today, data.statusDate(), data.baselineId() != null, false, -1,
                        data::workingDay);
                PrintRequest request = new PrintRequest(paper, portrait, from, until);
                int pages;
                if (png) {
                    LocalDate[] range = GanttPages.range(model, request, today);
                    long days = range[1].toEpochDay() - range[0].toEpochDay() + 1;
                    // Wide enough to read, at most about 1,600 px of chart unless the range is long.
                    double px = ZoomLevel.clamp(Math.max(1.0, Math.min(ZoomLevel.DAYS.pxPerDay(), 1600.0 / days)));
                    GanttExporter.png(model, options, texts, range[0], range[1], px, to);
                    pages = 1;
                } else {
                    pages = GanttExporter.pdf(model, request, options, texts, to);
                }
                spec.commandLine().getOut().println(CliMessages.get("gantt.export.done", to.toAbsolutePath(), pages));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (FontMissingException e) {
                throw new CliInputException(CliMessages.get("gantt.export.noFont"));
            } catch (IllegalArgumentException e) {
                throw new CliInputException(CliMessages.get("gantt.export.tooLarge", e.getMessage()));
            }
        }
    }
}
