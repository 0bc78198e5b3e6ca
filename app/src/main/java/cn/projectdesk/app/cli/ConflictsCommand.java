package cn.projectdesk.app.cli;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.Replication;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk conflicts list|resolve}: values that lost a sync merge, and reversing them. */
@Command(name = "conflicts", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand extends CommandGroup {

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListConflicts implements Callable<Integer> {
        @ParentCommand
        ConflictsCommand conflicts;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "conflicts.list.json")
        boolean json;

        @Option(names = "--all", descriptionKey = "conflicts.list.all")
        boolean all;

        @Override
        public Integer call() throws IOException {
            try (CoreServices core = CoreServices.open(conflicts.top.dataFolder())) {
                List<ConflictRow> rows = core.database().replication().conflicts(!all);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(rows.stream().map(ListConflicts::asJson).toList()));
                } else {
                    for (ConflictRow c : rows) {
                        out.println(CliMessages.get("conflicts.list.row", c.id(), c.entityType(), c.entityId(), c.field(),
                                c.mine(), c.theirs(), c.kind(), c.strictReview() ? "!" : ""));
                    }
                    out.println(CliMessages.get("conflicts.list.count", rows.size()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        private static Map<String, Object> asJson(ConflictRow c) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", c.id().toString());
            o.put("entityType", c.entityType());
            o.put("entityId", c.entityId().toString());
            o.put("field", c.field());
            o.put("kind", c.kind().name());
            o.put("strictReview", c.strictReview());
            o.put("mine", c.mine());
            o.put("theirs", c.theirs());
            o.put("winner", c.winnerValue());
            o.put("winnerNode", c.winnerNode());
            o.put("loser", c.loserValue());
            o.put("loserNode", c.loserNode());
            o.put("localLost", c.localLost());
            o.put("detectedAt", c.detectedAt().toString());
            o.put("resolution", c.resolution());
            return o;
        }
    }

    @Command(name = "resolve", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Resolve implements Callable<Integer> {
        @ParentCommand
        ConflictsCommand conflicts;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "conflicts.resolve.id")
        UUID id;

        @Option(names = "--keep", required = true, paramLabel = "mine|theirs", descriptionKey = "conflicts.resolve.keep")
        String keep;

        @Override
        public Integer call() {
            Replication.Resolution resolution = switch (keep.toLowerCase(Locale.ROOT)) {
                case "mine" -> Replication.Resolution.KEEP_MINE;
                case "theirs" -> Replication.Resolution.KEEP_THEIRS;
                default -> throw new CliInputException(CliMessages.get("conflicts.resolve.badKeep", keep));
            };
            try (CliSession session = CliSession.open(conflicts.top)) {
                try {
                    session.core.conflicts().resolve(session.user, id, resolution);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new CliInputException(e.getMessage());
                } catch (ValidationException e) { // the kept value is taken (ADR 32): the field is not an option here
                    throw new CliInputException(e.fieldErrors().values().stream().distinct()
                            .map(key -> CliMessages.get(key, e.arguments().toArray())).collect(Collectors.joining(" ")));
                }
                spec.commandLine().getOut().println(CliMessages.get("conflicts.resolve.done", id));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
