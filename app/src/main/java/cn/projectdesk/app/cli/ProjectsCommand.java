package cn.projectdesk.app.cli;

import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk projects list|create}. */
@Command(name = "projects", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {ProjectsCommand.ListProjects.class, ProjectsCommand.CreateProject.class,
                ProjectsCommand.UpdateProject.class})
final class ProjectsCommand extends CommandGroup {
    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListProjects implements Callable<Integer> {
        @ParentCommand
        ProjectsCommand projects;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "projects.list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliSession session = CliSession.open(projects.top)) {
                List<ProjectSummary> list = session.core.projects().list(session.user);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(list.stream().map(ListProjects::asJson).toList()));
                } else {
                    new ProjectTable(list).print(out);
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        /** The JSON contract: code, name, department, stage (+ stageName, type, year, status). */
        private static Map<String, Object> asJson(ProjectSummary p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("name", p.name());
            m.put("department", p.departmentName());
            m.put("stage", p.stage().name());
            m.put("stageName", CliMessages.label(p.stage()));
            m.put("type", p.type().name());
            m.put("year", p.year());
            m.put("status", p.status().name());
            return m;
        }
    }

    @Command(name = "create", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class CreateProject implements Callable<Integer> {
        @ParentCommand
        ProjectsCommand projects;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "projects.create.name")
        String name;

        @Option(names = "--department", required = true, paramLabel = "DEPT", descriptionKey = "projects.create.department")
        String department;

        @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "projects.create.type")
        String type;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "projects.create.year")
        int year;

        @Option(names = "--code", paramLabel = "CODE", descriptionKey = "projects.create.code")
        String code;

        @Override
        public Integer call() {
            ProjectType projectType = parseType(type);
            try (CliSession session = CliSession.open(projects.top)) {
                OrgUnitRow unit = session.core.orgUnits().find(session.user, department)
                        .orElseThrow(() -> new CliInputException(CliMessages.get("projects.create.unknownDepartment", department)));
                ProjectSummary created = session.core.projects().create(session.user,
                        ProjectDraft.minimal(code, name, projectType, unit.id(), year));
                spec.commandLine().getOut().println(created.code());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }

        /** Accepts the constant (INFRASTRUCTURE) or its label in either language (基建, Infrastructure). */
        private static ProjectType parseType(String text) {
            for (ProjectType t : ProjectType.values()) {
                if (t.name().equalsIgnoreCase(text) || CliMessages.label(t).equalsIgnoreCase(text)
                        || ProjectTypeLabels.all(t).contains(text.toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new CliInputException(CliMessages.get("projects.create.unknownType", text,
                    Arrays.toString(ProjectType.values())));
        }
    }

    @Command(name = "update", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class UpdateProject implements Callable<Integer> {
        @ParentCommand
        ProjectsCommand projects;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CODE", descriptionKey = "projects.update.code")
        String code;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "projects.create.name")
        String name;

        @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "projects.update.stage")
        cn.projectdesk.core.project.LifecycleStage stage;

        @Option(names = "--budget", paramLabel = "AMOUNT", descriptionKey = "projects.update.budget")
        java.math.BigDecimal budget;

        @Option(names = "--owner", paramLabel = "USER", descriptionKey = "projects.update.owner")
        String owner;

        /** Changes only the fields given; the version read here guards against a concurrent edit. */
        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(projects.top)) {
                ProjectSummary p = session.core.projects().findByCode(session.user, code);
                ProjectDraft draft = new ProjectDraft(p.code(), name == null ? p.name() : name, p.type(), p.departmentId(),
                        p.year(), p.fundingSources(), stage == null ? p.stage() : stage, p.status(), p.plannedStart(),
                        p.plannedFinish(), budget == null ? p.approvedBudget() : budget, p.description());
                ProjectSummary updated = name == null && stage == null && budget == null ? p
                        : session.core.projects().update(session.user, p.id(), p.version(), draft);
                if (owner != null) {
                    updated = session.core.projects().changeOwner(session.user, p.id(), owner);
                }
                spec.commandLine().getOut().println(updated.code());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
