package cn.projectdesk.core.budget;

import cn.projectdesk.core.store.Database;
import java.time.Clock;

/** The budget part of core: code lists, lines and figures, contracts and payments. */
public record BudgetServices(CodeListService codes, BudgetService lines, ContractService contracts) {
    public static BudgetServices open(Database database, Clock clock) {
        return new BudgetServices(new CodeListService(database), new BudgetService(database, clock),
                new ContractService(database));
    }
}
