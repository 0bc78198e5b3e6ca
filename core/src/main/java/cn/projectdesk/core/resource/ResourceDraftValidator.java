package cn.projectdesk.core.resource;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

final class ResourceDraftValidator {
    private ResourceDraftValidator() {
    }

    static void check(ResourceDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.put("name", "validation.required");
        } else if (d.name().strip().length() > 100) {
            errors.put("name", "validation.name.tooLong");
        }
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (d.orgUnitId() == null) {
            errors.put("orgUnit", "validation.required");
        }
        if (d.maxUnits() < 1 || d.maxUnits() > 100_000) {
            errors.put("maxUnits", "validation.units.range");
        }
        BigDecimal cost = d.costPerDay();
        if (cost != null && (cost.signum() < 0 || cost.stripTrailingZeros().scale() > 2)) {
            errors.put("costPerDay", cost.signum() < 0 ? "validation.money.negative" : "validation.money.cents");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
