package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.performance.PerformanceService;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.util.UUID;

/** Records an indicator's actual value (or, for a MANUAL rule, the evaluator's score); undo restores the previous one. */
final class RecordActualCommand implements Command {
    private final PerformanceService performance;
    private final UserSession user;
    private final UUID evaluationId;
    private final int order;
    private final BigDecimal[] before;
    private final BigDecimal[] after;
    private final String description;

    /** {@code before} and {@code after} are {actual, manualScore}. */
    RecordActualCommand(PerformanceService performance, UserSession user, UUID evaluationId, int order, BigDecimal[] before,
                        BigDecimal[] after, String description) {
        this.performance = performance;
        this.user = user;
        this.evaluationId = evaluationId;
        this.order = order;
        this.before = before.clone();
        this.after = after.clone();
        this.description = description;
    }

    @Override
    public void execute() {
        performance.recordActual(user, evaluationId, order, after[0], after[1]);
    }

    @Override
    public void undo() {
        performance.recordActual(user, evaluationId, order, before[0], before[1]);
    }

    @Override
    public String description() {
        return description;
    }
}
