package cn.projectdesk.core.project;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Field rules of a project; the values are resource-bundle keys shown beside the field. */
public final class ProjectDraftValidator {
    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,12}-\\d{4}-\\d{3,6}");
    private static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999999999.99");

    private ProjectDraftValidator() {
    }

    public static Map<String, String> errors(ProjectDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.code() != null && !d.code().isBlank() && !CODE.matcher(d.code().trim()).matches()) {
            errors.put("code", "validation.code.format");
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (d.name().strip().length() > MAX_NAME) {
            errors.put("name", "validation.name.tooLong");
        }
        if (d.type() == null) {
            errors.put("type", "validation.required");
        }
        if (d.departmentId() == null) {
            errors.put("department", "validation.required");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            errors.put("year", "validation.year.range");
        }
        if (d.stage() == null) {
            errors.put("stage", "validation.required");
        }
        if (d.status() == null) {
            errors.put("status", "validation.required");
        }
        if (d.plannedStart() != null && d.plannedFinish() != null && d.plannedFinish().isBefore(d.plannedStart())) {
            errors.put("plannedFinish", "validation.finish.beforeStart");
        }
        BigDecimal budget = d.approvedBudget();
        if (budget != null) {
            if (budget.signum() < 0) {
                errors.put("approvedBudget", "validation.money.negative");
            } else if (budget.stripTrailingZeros().scale() > 2) {
                errors.put("approvedBudget", "validation.money.cents");
            } else if (budget.compareTo(MAX_BUDGET) > 0) {
                errors.put("approvedBudget", "validation.money.tooLarge");
            }
        }
        if (d.description() != null && d.description().length() > 4000) {
            errors.put("description", "validation.text.tooLong");
        }
        return errors;
    }

    public static void check(ProjectDraft draft) {
        Map<String, String> errors = errors(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
