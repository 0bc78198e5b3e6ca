package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.ContractDraft;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.ContractService;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/**
 * Changes a contract through {@link ContractService#update} (the same checks as creating one); undo puts
 * back the contract as the user saw it. The version after each run is remembered, so that a change by
 * someone else in between is reported (ConcurrentEditException) instead of overwritten.
 */
public final class EditContractCommand implements Command {
    private final ContractService contracts;
    private final UserSession user;
    private final UUID contractId;
    private final ContractDraft before;
    private final ContractDraft after;
    private final String description;
    private long version;
    private ContractRow result;

    public EditContractCommand(ContractService contracts, UserSession user, ContractRow current, ContractDraft after,
                               String description) {
        this.contracts = contracts;
        this.user = user;
        this.contractId = current.id();
        this.before = draftOf(current);
        this.after = after;
        this.version = current.version();
        this.description = description;
    }

    /** The contract as a draft: what the form starts from, and what undo writes back. */
    public static ContractDraft draftOf(ContractRow c) {
        return new ContractDraft(c.lineId(), c.originalId(), c.contractNo(), c.title(), c.method(), c.procurementStart(),
                c.awardDate(), c.supplierName(), c.supplierCreditCode(), c.amount(), c.signingDate(), c.termStart(), c.termEnd(),
                c.warrantyEnd(), c.notes());
    }

    @Override
    public void execute() {
        result = contracts.update(user, contractId, version, after);
        version = result.version();
    }

    @Override
    public void undo() {
        result = contracts.update(user, contractId, version, before);
        version = result.version();
    }

    /** The contract after the last run (its figures and flags as the service computed them). */
    public ContractRow result() {
        return result;
    }

    @Override
    public String description() {
        return description;
    }
}
