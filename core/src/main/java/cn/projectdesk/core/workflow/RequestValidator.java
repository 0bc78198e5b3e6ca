package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a request draft before anything is written; all problems at once, field by field. */
final class RequestValidator {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private RequestValidator() {
    }

    static void check(RequestDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.type() == null) {
            errors.put("type", "validation.required");
        }
        if (d.projectId() == null) {
            errors.put("project", "validation.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            errors.put("title", "validation.required");
        } else if (d.title().strip().length() > 200) {
            errors.put("title", "validation.name.tooLong");
        }
        if (d.content() != null && d.content().length() > 4000) {
            errors.put("content", "validation.text.tooLong");
        }
        if (d.effectData() != null && d.effectData().length() > 4000) {
            errors.put("effectData", "validation.text.tooLong");
        }
        if (d.amount() != null) {
            if (d.amount().signum() < 0) {
                errors.put("amount", "validation.money.negative");
            } else if (d.amount().stripTrailingZeros().scale() > 2) {
                errors.put("amount", "validation.money.cents");
            } else if (d.amount().compareTo(MAX_AMOUNT) > 0) {
                errors.put("amount", "validation.money.tooLarge");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
