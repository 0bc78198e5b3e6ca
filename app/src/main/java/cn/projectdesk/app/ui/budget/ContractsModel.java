package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.ContractDraft;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.ContractService;
import cn.projectdesk.core.budget.PaymentApprovalEffect;
import cn.projectdesk.core.budget.PaymentDraft;
import cn.projectdesk.core.budget.PaymentRow;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A project's contracts and the payments of the selected one. Contracts and payments are recorded through
 * the contract service (the same checks as the CLI); a payment request goes into the approval workflow,
 * whose final approval records the payment.
 */
public final class ContractsModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectSummary> project = new SimpleObjectProperty<>();
    private final ObservableList<ContractRow> contracts = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ObservableList<BudgetLineRow> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ContractRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public ContractsModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        selected.addListener((o, old, now) -> loadPayments(now));
    }

    public void refresh(ProjectSummary preferred) {
        UUID wanted = project.get() != null ? project.get().id() : preferred == null ? null : preferred.id();
        context.runner().run(() -> context.core().projects().list(user), list -> {
            projects.setAll(list);
            open(list.stream().filter(p -> p.id().equals(wanted)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        }, this::failed);
    }

    public void open(ProjectSummary summary) {
        project.set(summary);
        reload(null);
    }

    /** Reloads contracts and lines, then selects {@code select} (or the contract selected before). */
    public void reload(UUID select) {
        ProjectSummary current = project.get();
        if (current == null) {
            contracts.clear();
            lines.clear();
            return;
        }
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        context.runner().run(() -> new Loaded(service().contracts(user, current.id()),
                context.core().budget().lines().ledger(user, current.id()).lines()), loaded -> {
            contracts.setAll(loaded.contracts());
            lines.setAll(loaded.lines());
            ContractRow pick = loaded.contracts().stream().filter(c -> c.id().equals(keep)).findFirst()
                    .orElse(loaded.contracts().isEmpty() ? null : loaded.contracts().get(0));
            selected.set(null);
            selected.set(pick);
        }, this::failed);
    }

    private void loadPayments(ContractRow contract) {
        if (contract == null) {
            payments.clear();
            return;
        }
        context.runner().run(() -> service().payments(user, contract.id()), payments::setAll, this::failed);
    }

    public boolean canEdit() {
        return user.has(Permission.BUDGET_EDIT);
    }

    public boolean canPay() {
        return user.has(Permission.PAY);
    }

    /** Creates the contract; field problems go to {@code onErrors} (field → message key). */
    public void createContract(ContractDraft draft, Consumer<ContractRow> onDone, Consumer<Map<String, String>> onErrors) {
        UUID projectId = project.get().id();
        context.runner().run(() -> service().create(user, projectId, draft), row -> {
            message.set(messages().format("contracts.created", row.contractNo()));
            onDone.accept(row);
            reload(row.id());
        }, failure -> errors(failure, onErrors));
    }

    /** Changes the contract as one undoable step; field problems go to {@code onErrors} as on create. */
    public void updateContract(ContractRow current, ContractDraft draft, Consumer<ContractRow> onDone,
                               Consumer<Map<String, String>> onErrors) {
        EditContractCommand command = new EditContractCommand(service(), user, current, draft,
                messages().format("contracts.undo.edit", current.contractNo()));
        context.runner().run(() -> {
            context.commands().execute(command);
            return command.result();
        }, row -> {
            message.set(messages().format("contracts.updated", row.contractNo()));
            onDone.accept(row);
            reload(row.id());
        }, failure -> errors(failure, onErrors));
    }

    /** Deletes the contract (a tombstone) as one undoable step; refusals (payments, supplements) are shown. */
    public void deleteContract(ContractRow contract) {
        DeleteContractCommand command = new DeleteContractCommand(service(), user, contract,
                messages().format("contracts.undo.delete", contract.contractNo()));
        context.runner().run(() -> {
            context.commands().execute(command);
            return contract;
        }, row -> {
            selected.set(null);
            reload(null);
            message.set(messages().format("contracts.deleted", row.contractNo()));
        }, failure -> {
            if (failure instanceof ValidationException v) {
                message.set(v.fieldErrors().values().stream().map(k -> messages().error(k)).collect(java.util.stream.Collectors.joining(" ")));
            } else {
                failed(failure);
            }
        });
    }

    /** Records a planned instalment or an actual payment (finance). */
    public void recordPayment(ContractRow contract, PaymentDraft draft, Runnable onDone, Consumer<Map<String, String>> onErrors) {
        context.runner().run(() -> service().recordPayment(user, contract.id(), draft), row -> {
            message.set(messages().format("contracts.paid", contract.contractNo()));
            onDone.run();
            reload(contract.id());
        }, failure -> errors(failure, onErrors));
    }

    /** Files a 付款申请: the payment is recorded when its last approver approves. */
    public void requestPayment(ContractRow contract, PaymentDraft draft, Runnable onDone, Consumer<Map<String, String>> onErrors) {
        String title = messages().format("contracts.request.title", contract.contractNo(), contract.title());
        context.runner().run(() -> {
            ApprovalRequestView r = context.core().approvals().submitNew(user,
                    PaymentApprovalEffect.requestDraft(contract, draft, title, draft.notes()));
            return r;
        }, r -> {
            message.set(messages().format("contracts.requested", r.code(), String.join("、", r.waitingFor())));
            onDone.run();
        }, failure -> errors(failure, onErrors));
    }

    private void errors(Throwable failure, Consumer<Map<String, String>> onErrors) {
        if (failure instanceof ValidationException v) {
            onErrors.accept(v.fieldErrors());
        } else {
            failed(failure);
            onErrors.accept(Map.of());
        }
    }

    void failed(Throwable failure) {
        message.set(new ErrorMessages(messages()).describe(failure));
    }

    private ContractService service() {
        return context.core().budget().contracts();
    }

    Messages messages() {
        return context.messages();
    }

    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    public ObjectProperty<ProjectSummary> projectProperty() {
        return project;
    }

    public ObservableList<ContractRow> contracts() {
        return contracts;
    }

    public ObservableList<PaymentRow> payments() {
        return payments;
    }

    public ObservableList<BudgetLineRow> lines() {
        return lines;
    }

    public ObjectProperty<ContractRow> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    private record Loaded(List<ContractRow> contracts, List<BudgetLineRow> lines) {
    }
}
