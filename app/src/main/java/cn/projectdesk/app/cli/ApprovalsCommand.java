package cn.projectdesk.app.cli;

import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.ApprovalService;
import cn.projectdesk.core.workflow.TimelineEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk approvals list|approve|reject|return|history}. */
@Command(name = "approvals", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {ApprovalsCommand.ListRequests.class, ApprovalsCommand.Approve.class, ApprovalsCommand.Reject.class,
                ApprovalsCommand.Return.class, ApprovalsCommand.History.class})
final class ApprovalsCommand extends CommandGroup {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListRequests implements Callable<Integer> {
        @ParentCommand
        ApprovalsCommand approvals;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "approvals.list.json")
        boolean json;

        @ArgGroup(exclusive = true)
        Inbox inbox;

        static final class Inbox {
            @Option(names = "--pending", descriptionKey = "approvals.list.pending")
            boolean pending;

            @Option(names = "--mine", descriptionKey = "approvals.list.mine")
            boolean mine;

            @Option(names = "--done", descriptionKey = "approvals.list.done")
            boolean done;
        }

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliSession session = CliSession.open(approvals.top)) {
                ApprovalService service = session.core.approvals();
                List<ApprovalRequestView> list = inbox == null ? service.list(session.user)
                        : inbox.pending ? service.pendingForMe(session.user)
                        : inbox.mine ? service.mine(session.user) : service.decidedByMe(session.user);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(list.stream().map(ListRequests::asJson).toList()));
                } else {
                    List<String[]> rows = new ArrayList<>();
                    rows.add(new String[] {CliMessages.get("approvals.column.code"), CliMessages.get("approvals.column.type"),
                            CliMessages.get("approvals.column.project"), CliMessages.get("approvals.column.status"),
                            CliMessages.get("approvals.column.step"), CliMessages.get("approvals.column.title")});
                    for (ApprovalRequestView r : list) {
                        rows.add(new String[] {r.code(), CliMessages.label(r.type()), r.projectCode(),
                                CliMessages.label(r.status()), step(r), r.title()});
                    }
                    printTable(out, rows);
                    out.println(CliMessages.get("approvals.list.count", list.size()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        /** The JSON contract: id, code, type, project, status, currentStep (+ names, title, amount, waitingFor). */
        private static Map<String, Object> asJson(ApprovalRequestView r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().toString());
            m.put("code", r.code());
            m.put("type", r.type().name());
            m.put("typeName", CliMessages.label(r.type()));
            m.put("project", r.projectCode());
            m.put("projectName", r.projectName());
            m.put("title", r.title());
            m.put("amount", r.amount() == null ? null : r.amount().toPlainString());
            m.put("status", r.status().name());
            m.put("statusName", CliMessages.label(r.status()));
            m.put("currentStep", r.currentStepName());
            m.put("waitingFor", r.waitingFor());
            m.put("requester", r.requester());
            return m;
        }
    }

    /** The common part of approve, reject and return: --request CODE|ID and --opinion TEXT. */
    abstract static class Decide implements Callable<Integer> {
        @ParentCommand
        ApprovalsCommand approvals;

        @Spec
        CommandSpec spec;

        @Option(names = "--request", required = true, paramLabel = "ID", descriptionKey = "approvals.decide.request")
        String request;

        @Option(names = "--opinion", paramLabel = "TEXT", descriptionKey = "approvals.decide.opinion")
        String opinion;

        abstract ApprovalRequestView decide(ApprovalService service, CliSession session, ApprovalRequestView r);

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(approvals.top)) {
                ApprovalService service = session.core.approvals();
                ApprovalRequestView found = service.find(session.user, request);
                ApprovalRequestView after = decide(service, session, found);
                PrintWriter out = spec.commandLine().getOut();
                out.println(after.code() + ": " + CliMessages.label(after.status())
                        + (after.currentStepName() == null ? "" : " → " + step(after)));
                out.flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "approve", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Approve extends Decide {
        @Override
        ApprovalRequestView decide(ApprovalService service, CliSession session, ApprovalRequestView r) {
            return service.approve(session.user, r.id(), opinion);
        }
    }

    @Command(name = "reject", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Reject extends Decide {
        @Override
        ApprovalRequestView decide(ApprovalService service, CliSession session, ApprovalRequestView r) {
            return service.reject(session.user, r.id(), opinion);
        }
    }

    @Command(name = "return", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Return extends Decide {
        @Override
        ApprovalRequestView decide(ApprovalService service, CliSession session, ApprovalRequestView r) {
            return service.returnToPrevious(session.user, r.id(), opinion);
        }
    }

    @Command(name = "history", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class History implements Callable<Integer> {
        @ParentCommand
        ApprovalsCommand approvals;

        @Spec
        CommandSpec spec;

        @Option(names = "--request", required = true, paramLabel = "ID", descriptionKey = "approvals.decide.request")
        String request;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(approvals.top)) {
                ApprovalService service = session.core.approvals();
                ApprovalRequestView r = service.find(session.user, request);
                PrintWriter out = spec.commandLine().getOut();
                out.println(r.code() + "  " + r.title() + "  [" + CliMessages.label(r.status()) + "]");
                for (TimelineEntry e : service.history(session.user, r.id())) {
                    String who = e.actorName() + (e.onBehalfOf() == null ? ""
                            : " " + CliMessages.get("approvals.history.onBehalfOf", e.onBehalfOfName()));
                    out.println(TIME.format(e.at()) + "  " + CliMessages.label(e.type()) + "  "
                            + (e.stepName() == null ? "" : e.stepName() + "  ") + who
                            + (e.opinion() == null ? "" : "  " + e.opinion()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }
    }

    private static String step(ApprovalRequestView r) {
        if (r.currentStepName() == null) {
            return "";
        }
        return r.currentStepName() + (r.waitingFor().isEmpty() ? "" : " (" + String.join(", ", r.waitingFor()) + ")");
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], ProjectTable.width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - ProjectTable.width(row[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
