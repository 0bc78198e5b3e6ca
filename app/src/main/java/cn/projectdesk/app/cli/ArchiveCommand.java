package cn.projectdesk.app.cli;

import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.ArchiveService;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.project.LifecycleStage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk archive add|list|export}: the project archive (档案) from scripts. */
@Command(name = "archive", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {ArchiveCommand.Add.class, ArchiveCommand.ListDocuments.class, ArchiveCommand.Export.class})
final class ArchiveCommand extends CommandGroup {

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand archive;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "archive.project")
        String project;

        @Option(names = "--stage", required = true, paramLabel = "STAGE", descriptionKey = "archive.add.stage")
        String stage;

        @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "archive.add.type")
        String type;

        @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "archive.add.title")
        String title;

        @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "archive.add.notes")
        String notes;

        @Option(names = "--restricted", descriptionKey = "archive.add.restricted")
        boolean restricted;

        @Option(names = "--new-version-of", paramLabel = "NUMBER", descriptionKey = "archive.add.newVersionOf")
        String newVersionOf;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "archive.add.file")
        Path file;

        @Override
        public Integer call() {
            LifecycleStage st = parse(LifecycleStage.class, stage, "--stage");
            DocumentType ty = parse(DocumentType.class, type, "--type");
            if (!Files.isRegularFile(file)) {
                throw new CliInputException(CliMessages.get("archive.add.noFile", file));
            }
            try (CliSession session = CliSession.open(archive.top); InputStream in = Files.newInputStream(file)) {
                ArchiveService service = session.core.ops().archive();
                UUID projectId = session.core.projects().findByCode(session.user, project).id();
                String fileName = file.getFileName().toString();
                ArchiveDocumentRow row;
                if (newVersionOf != null) {
                    ArchiveDocumentRow previous = service.list(session.user, projectId).stream()
                            .filter(r -> r.number().equals(newVersionOf)).findFirst()
                            .orElseThrow(() -> new CliInputException(CliMessages.get("archive.unknownNumber", newVersionOf)));
                    row = service.addVersion(session.user, previous.id(), fileName, notes, in);
                } else {
                    row = service.add(session.user, projectId, new ArchiveDraft(st, ty, title == null ? fileName : title, fileName,
                            restricted ? AccessLevel.RESTRICTED : AccessLevel.PROJECT, notes), in);
                }
                spec.commandLine().getOut().println(row.number() + " v" + row.versionNo() + " " + row.sha256());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (IOException e) {
                throw new CliInputException(CliMessages.get("archive.add.noFile", file));
            }
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListDocuments implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand archive;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", paramLabel = "CODE", descriptionKey = "archive.project")
        String project;

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "archive.list.search")
        String search;

        @Option(names = "--json", descriptionKey = "archive.list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            if ((project == null) == (search == null)) {
                throw new CliInputException(CliMessages.get("archive.list.projectOrSearch"));
            }
            try (CliSession session = CliSession.open(archive.top)) {
                ArchiveService service = session.core.ops().archive();
                List<ArchiveDocumentRow> rows = project != null
                        ? service.list(session.user, session.core.projects().findByCode(session.user, project).id())
                        : service.search(session.user, search);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(rows.stream().map(ListDocuments::asJson).toList()));
                } else {
                    List<String[]> table = new ArrayList<>();
                    table.add(new String[] {CliMessages.get("archive.column.number"), CliMessages.get("archive.column.version"),
                            CliMessages.get("archive.column.stage"), CliMessages.get("archive.column.type"),
                            CliMessages.get("archive.column.title"), CliMessages.get("archive.column.file"),
                            CliMessages.get("archive.column.bytes")});
                    for (ArchiveDocumentRow r : rows) {
                        table.add(new String[] {r.number(), "v" + r.versionNo(), CliMessages.label(r.stage()), CliMessages.label(r.type()),
                                r.title(), r.fileName(), Long.toString(r.sizeBytes())});
                    }
                    CliTable.print(out, table);
                    out.println(CliMessages.get("archive.list.count", rows.size()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        private static Map<String, Object> asJson(ArchiveDocumentRow r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().toString());
            m.put("number", r.number());
            m.put("project", r.projectCode());
            m.put("stage", r.stage().name());
            m.put("type", r.type().name());
            m.put("version", r.versionNo());
            m.put("title", r.title());
            m.put("fileName", r.fileName());
            m.put("bytes", r.sizeBytes());
            m.put("sha256", r.sha256());
            m.put("access", r.access().name());
            m.put("notes", r.notes());
            m.put("uploadedBy", r.uploadedBy());
            m.put("uploadedAt", r.uploadedAt().toString());
            return m;
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand archive;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "archive.project")
        String project;

        @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "archive.export.to")
        Path to;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(archive.top)) {
                UUID projectId = session.core.projects().findByCode(session.user, project).id();
                Path partial = to.resolveSibling(to.getFileName() + ".part");
                int count;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    count = session.core.ops().archive().exportTo(session.user, projectId, out);
                }
                Files.move(partial, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getOut().println(CliMessages.get("archive.export.done", count, to));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip()) || CliMessages.label(e).equals(text.strip())) {
                return e;
            }
        }
        throw new CliInputException(CliMessages.get("archive.badChoice", option, text,
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList())));
    }
}
