package cn.projectdesk.core.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the budget says about a project's tasks: per task linked from budget lines, the adjusted budget of
 * those lines (the task's cost budget for earned value) and what was paid on them (its actual cost).
 * Read inside the caller's unit of work (the progress report).
 */
public final class TaskCosts {
    /** Budget (adjusted amounts) and paid (paid before + actual payments) of the lines linked to one task. */
    public record Cost(BigDecimal budget, BigDecimal paid) {
    }

    private TaskCosts() {
    }

    public static Map<UUID, Cost> of(Session s, UUID projectId) {
        Map<UUID, BigDecimal> budget = new HashMap<>();
        Map<UUID, BigDecimal> paid = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select l.task.id, sum(l.adjustedAmount), sum(l.paidBefore) from BudgetLine l "
                + "where l.project.id = :p and l.deleted = false and l.task is not null group by l.task.id", Object[].class)
                .setParameter("p", projectId).getResultList()) {
            budget.put((UUID) r[0], (BigDecimal) r[1]);
            paid.put((UUID) r[0], (BigDecimal) r[2]);
        }
        for (Object[] r : s.createSelectionQuery("select p.line.task.id, sum(p.amount) from Payment p where p.deleted = false "
                + "and p.kind = cn.projectdesk.core.budget.PaymentKind.ACTUAL and p.line.deleted = false "
                + "and p.line.project.id = :p and p.line.task is not null group by p.line.task.id", Object[].class)
                .setParameter("p", projectId).getResultList()) {
            paid.merge((UUID) r[0], (BigDecimal) r[1], BigDecimal::add);
        }
        Map<UUID, Cost> costs = new HashMap<>();
        budget.forEach((task, amount) -> costs.put(task, new Cost(Money.yuan(amount), Money.yuan(paid.get(task)))));
        return costs;
    }
}
