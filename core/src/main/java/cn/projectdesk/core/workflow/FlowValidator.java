package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Session;

/** Checks a flow definition before the administrator's edit is saved. */
final class FlowValidator {
    private FlowValidator() {
    }

    static void check(FlowDefinition d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.type() == null) {
            errors.put("type", "validation.required");
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (d.name().strip().length() > 100) {
            errors.put("name", "validation.name.tooLong");
        }
        if (d.dueWorkingDays() < 1 || d.dueWorkingDays() > 60) {
            errors.put("dueWorkingDays", "validation.approval.dueDays");
        }
        if (d.steps().isEmpty() || d.steps().size() > 20) {
            errors.put("steps", "validation.approval.steps");
        }
        for (int i = 0; i < d.steps().size(); i++) {
            FlowStepDefinition step = d.steps().get(i);
            String field = "steps[" + i + "]";
            if (step.name() == null || step.name().isBlank() || step.name().strip().length() > 100) {
                errors.put(field + ".name", "validation.required");
            }
            if (step.mode() == null) {
                errors.put(field + ".mode", "validation.required");
            }
            if (step.approvers().isEmpty() || ApproverRef.format(step.approvers()).length() > 1000) {
                errors.put(field + ".approvers", "validation.approval.approvers");
            }
            if (step.minAmount() != null && (step.minAmount().signum() < 0 || step.minAmount().stripTrailingZeros().scale() > 2)) {
                errors.put(field + ".minAmount", "validation.money.cents");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Every role exists and every named user exists. */
    static void checkReferences(Session s, FlowDefinition d) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < d.steps().size(); i++) {
            for (ApproverRef ref : d.steps().get(i).approvers()) {
                boolean known = ref.kind() == ApproverRef.Kind.ROLE
                        ? s.createSelectionQuery("select count(*) from Role where code = :c and deleted = false", Long.class)
                        .setParameter("c", ref.value()).getSingleResult() > 0
                        : s.createSelectionQuery("select count(*) from AppUser where username = :u and deleted = false", Long.class)
                        .setParameter("u", ref.value()).getSingleResult() > 0;
                if (!known || ref.value().contains(",") || ref.value().contains(":")) {
                    errors.put("steps[" + i + "].approvers", "validation.approval.approvers");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
