package cn.projectdesk.app.cli;

import cn.projectdesk.core.lifecycle.GateItemStatus;
import cn.projectdesk.core.lifecycle.GateNotMetException;
import cn.projectdesk.core.lifecycle.StageHistoryEntry;
import cn.projectdesk.core.lifecycle.StageOverview;
import cn.projectdesk.core.lifecycle.StageService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code projectdesk stage show|advance|confirm}: a project's lifecycle stage and the gate to the next one. */
@Command(name = "stage", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {StageCommand.Show.class, StageCommand.Advance.class, StageCommand.Confirm.class})
final class StageCommand extends CommandGroup {

    abstract static class ProjectCommand implements Callable<Integer> {
        @ParentCommand
        StageCommand stage;

        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, paramLabel = "CODE", descriptionKey = "stage.project")
        String project;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "show", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Show extends ProjectCommand {
        @Option(names = "--json", descriptionKey = "stage.show.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliSession session = CliSession.open(stage.top)) {
                StageOverview o = session.core.lifecycle().stages().overview(session.user, project);
                PrintWriter out = out();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(o)));
                } else {
                    print(out, o);
                }
                out.flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "advance", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Advance extends ProjectCommand {
        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "stage.advance.note")
        String note;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(stage.top)) {
                StageService stages = session.core.lifecycle().stages();
                StageOverview before = stages.overview(session.user, project);
                try {
                    StageOverview after = stages.advance(session.user, before.projectId(), note);
                    out().println(CliMessages.get("stage.advanced", after.projectCode(), CliMessages.label(before.stage()),
                            CliMessages.label(after.stage())));
                    out().flush();
                    return ExitCode.OK;
                } catch (GateNotMetException e) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(CliMessages.get("stage.refused", before.projectCode(), CliMessages.label(before.next()),
                            e.missing().size()));
                    for (GateItemStatus item : e.missing()) {
                        err.println("  - " + item.label() + "  [" + item.key() + "]" + (item.documentType() == null ? ""
                                : "  " + CliMessages.get("stage.fileIn", CliMessages.label(item.documentType()),
                                CliMessages.label(before.stage()))));
                    }
                    err.flush();
                    return ExitCode.BAD_INPUT;
                }
            }
        }
    }

    @Command(name = "confirm", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Confirm extends ProjectCommand {
        @Option(names = "--item", required = true, paramLabel = "KEY", descriptionKey = "stage.confirm.item")
        String item;

        @Option(names = "--note", required = true, paramLabel = "TEXT", descriptionKey = "stage.confirm.note")
        String note;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(stage.top)) {
                StageService stages = session.core.lifecycle().stages();
                StageOverview o = stages.confirm(session.user, stages.overview(session.user, project).projectId(), item, note);
                print(out(), o);
                out().flush();
                return ExitCode.OK;
            }
        }
    }

    static void print(PrintWriter out, StageOverview o) {
        out.println(o.projectCode() + "  " + o.projectName());
        out.println(CliMessages.get("stage.current", CliMessages.label(o.stage())));
        if (o.next() != null) {
            out.println(CliMessages.get("stage.gate", CliMessages.label(o.next()),
                    o.gate().stream().filter(GateItemStatus::met).count(), o.gate().size()));
            for (GateItemStatus i : o.gate()) {
                out.println("  [" + (i.met() ? "x" : " ") + "] " + i.label() + "  " + i.key()
                        + (i.evidence() == null ? "" : "  — " + i.evidence()));
            }
        }
        out.println(CliMessages.get("stage.history"));
        for (StageHistoryEntry h : o.history()) {
            out.println("  " + h.on() + "  " + (h.from() == null ? "" : CliMessages.label(h.from()) + " → ")
                    + CliMessages.label(h.to()) + "  " + h.actor() + (h.note() == null ? "" : "  " + h.note()));
        }
    }

    /** The JSON contract: project, stage, next, gateMet, gate[{key, kind, label, documentType, met, evidence}], history[{from, to, on, actor, note}]. */
    static Map<String, Object> asJson(StageOverview o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", o.projectCode());
        m.put("name", o.projectName());
        m.put("stage", o.stage().name());
        m.put("next", o.next() == null ? null : o.next().name());
        m.put("gateMet", o.gateMet());
        m.put("gate", o.gate().stream().map(i -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("key", i.key());
            g.put("kind", i.kind().name());
            g.put("label", i.label());
            g.put("documentType", i.documentType() == null ? null : i.documentType().name());
            g.put("met", i.met());
            g.put("evidence", i.evidence());
            return g;
        }).toList());
        m.put("history", o.history().stream().map(h -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", h.from() == null ? null : h.from().name());
            e.put("to", h.to().name());
            e.put("on", h.on().toString());
            e.put("actor", h.actor());
            e.put("note", h.note());
            return e;
        }).toList());
        return m;
    }

}
