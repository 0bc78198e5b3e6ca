package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.ContractService;
import cn.projectdesk.core.security.UserSession;

/** Deletes (tombstones) a contract without payments or supplements; undo restores the same contract. */
public final class DeleteContractCommand implements Command {
    private final ContractService contracts;
    private final UserSession user;
    private final ContractRow contract;
    private final String description;

    public DeleteContractCommand(ContractService contracts, UserSession user, ContractRow contract, String description) {
        this.contracts = contracts;
        this.user = user;
        this.contract = contract;
        this.description = description;
    }

    @Override
    public void execute() {
        contracts.delete(user, contract.id());
    }

    @Override
    public void undo() {
        contracts.restore(user, contract.id());
    }

    @Override
    public String description() {
        return description;
    }
}
