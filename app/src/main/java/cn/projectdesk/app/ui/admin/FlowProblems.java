package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.workflow.FlowDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the flow validator's field errors ({@code steps[1].approvers → validation.approval.approvers})
 * into lines a person reads: "Step 2 (分管领导审批), approvers: …".
 */
final class FlowProblems {
    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(\\w+)");

    private FlowProblems() {
    }

    static List<String> describe(Messages messages, FlowDefinition flow, Map<String, String> fieldErrors) {
        List<String> lines = new ArrayList<>();
        fieldErrors.forEach((field, key) -> {
            Matcher m = STEP_FIELD.matcher(field);
            String where;
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                String stepName = index < flow.steps().size() ? flow.steps().get(index).name() : "";
                where = messages.format("admin.flows.problem.step", index + 1, stepName == null ? "" : stepName,
                        messages.get("admin.flows.field." + m.group(2)));
            } else {
                where = messages.get("admin.flows.field." + field);
            }
            lines.add(where + "：" + messages.error(key));
        });
        lines.sort(String::compareTo);
        return lines;
    }
}
