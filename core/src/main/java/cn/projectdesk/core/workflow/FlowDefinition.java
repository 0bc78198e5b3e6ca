package cn.projectdesk.core.workflow;

import java.util.List;

/** A flow as the administrator edits it: ordered steps and the overdue limit in working days. */
public record FlowDefinition(RequestType type, String name, int dueWorkingDays, List<FlowStepDefinition> steps) {
    public FlowDefinition {
        steps = List.copyOf(steps);
    }
}
