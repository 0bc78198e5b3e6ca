package cn.projectdesk.core.library;

import cn.projectdesk.core.budget.Money;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate project as the officer fills it in: priority 1 (highest) to 5, the plan item it serves
 * (e.g. a task of the 十四五 plan), estimated investment in yuan, funding source and proposed year.
 */
public record CandidateDraft(String name, UUID departmentId, ProjectType type, int priority, String planItem,
                             BigDecimal estimatedInvestment, FundingSource fundingSource, int proposedYear,
                             String description) {
    public void check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "validation.required");
        } else if (name.strip().length() > 200) {
            errors.put("name", "validation.name.tooLong");
        }
        if (departmentId == null) {
            errors.put("department", "validation.required");
        }
        if (type == null) {
            errors.put("type", "validation.required");
        }
        if (fundingSource == null) {
            errors.put("fundingSource", "validation.required");
        }
        if (priority < 1 || priority > 5) {
            errors.put("priority", "validation.library.priority");
        }
        if (estimatedInvestment == null || estimatedInvestment.signum() <= 0 || estimatedInvestment.scale() > 2
                || estimatedInvestment.compareTo(Money.MAX) > 0) {
            errors.put("estimatedInvestment", "validation.library.investment");
        }
        if (proposedYear < 2000 || proposedYear > 2100) {
            errors.put("proposedYear", "validation.year.range");
        }
        if (planItem != null && planItem.strip().length() > 300 || description != null && description.length() > 4000) {
            errors.put(planItem != null && planItem.strip().length() > 300 ? "planItem" : "description", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
