package cn.projectdesk.core.progress;

import cn.projectdesk.core.domain.ValidationException;
import java.math.BigDecimal;

final class ProgressUpdateValidator {
    private static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private ProgressUpdateValidator() {
    }

    static void check(ProgressUpdate update) {
        if (update.percentComplete() < 0 || update.percentComplete() > 100) {
            throw ValidationException.of("percentComplete", "validation.percent.range");
        }
        if (update.actualStart() != null && update.actualFinish() != null
                && update.actualFinish().isBefore(update.actualStart())) {
            throw ValidationException.of("actualFinish", "validation.finish.beforeStart");
        }
        checkMoney("actualCost", update.actualCost());
    }

    static void checkMoney(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw ValidationException.of(field, "validation.money.negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of(field, "validation.money.cents");
        }
        if (amount.compareTo(MAX) > 0) {
            throw ValidationException.of(field, "validation.money.tooLarge");
        }
    }
}
