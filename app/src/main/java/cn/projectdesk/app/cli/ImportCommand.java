package cn.projectdesk.app.cli;

import cn.projectdesk.core.interop.MsProjectImportResult;
import cn.projectdesk.core.interop.ProjectFileException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code projectdesk import FILE [--code C] [--json]}: an MS Project file (MPP, MSPDI XML) becomes a new
 * project; prints its number. A bad file exits 2 naming file and reason, with nothing written.
 */
@Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "import.code")
    String code;

    @Option(names = "--json", descriptionKey = "import.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        try (CliSession session = CliSession.open(top)) {
            MsProjectImportResult r;
            try {
                r = session.core.msProject().importFile(session.user, file, code, null, null);
            } catch (ProjectFileException e) {
                throw new CliInputException(CliMessages.get("import.unreadable", e.file(), e.reason()));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", r.code());
                m.put("name", r.name());
                m.put("tasks", r.tasks());
                m.put("links", r.links());
                m.put("baselines", r.baselines());
                m.put("calendarExceptions", r.calendarExceptions());
                m.put("datesAsInFile", r.datesAsInFile());
                m.put("warnings", r.warnings());
                out.println(new ObjectMapper().writeValueAsString(m));
            } else {
                out.println(r.code());
                spec.commandLine().getErr().println(CliMessages.get("import.done", r.code(), r.name(), r.tasks(), r.links(),
                        r.baselines(), r.datesAsInFile()));
                r.warnings().forEach(w -> spec.commandLine().getErr().println(CliMessages.get("import.warning", w)));
                spec.commandLine().getErr().flush();
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
