package cn.projectdesk.core.change;

import cn.projectdesk.core.budget.Money;
import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One impact line of a change request: TASK_DURATION (taskId, newDuration working days), TASK_ADD
 * (taskName, newDuration) or PROJECT_BUDGET (newAmount in yuan).
 */
public record ChangeItemDraft(ChangeItemKind kind, UUID taskId, String taskName, Integer newDuration, BigDecimal newAmount) {
    public static ChangeItemDraft duration(UUID taskId, int days) {
        return new ChangeItemDraft(ChangeItemKind.TASK_DURATION, taskId, null, days, null);
    }

    public static ChangeItemDraft addTask(String name, int days) {
        return new ChangeItemDraft(ChangeItemKind.TASK_ADD, null, name, days, null);
    }

    public static ChangeItemDraft budget(BigDecimal amount) {
        return new ChangeItemDraft(ChangeItemKind.PROJECT_BUDGET, null, null, null, amount);
    }

    void check(int index) {
        String field = "items[" + index + "]";
        if (kind == null) {
            throw ValidationException.of(field, "validation.required");
        }
        switch (kind) {
            case TASK_DURATION -> {
                if (taskId == null || newDuration == null || newDuration < 0 || newDuration > 3650) {
                    throw ValidationException.of(field, "validation.change.duration");
                }
            }
            case TASK_ADD -> {
                if (taskName == null || taskName.isBlank() || taskName.strip().length() > 300
                        || newDuration == null || newDuration < 0 || newDuration > 3650) {
                    throw ValidationException.of(field, "validation.change.newTask");
                }
            }
            case PROJECT_BUDGET -> {
                if (newAmount == null || newAmount.signum() < 0 || newAmount.scale() > 2 || newAmount.compareTo(Money.MAX) > 0) {
                    throw ValidationException.of(field, "validation.change.amount");
                }
            }
        }
    }
}
