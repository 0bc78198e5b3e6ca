package cn.projectdesk.app.ui.approvals;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.report.PrintedForm;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.ApprovalService;
import cn.projectdesk.core.workflow.RequestStatus;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The approvals screen's state and the only part that calls core: the inbox lists (待我审批, 我发起的,
 * 已办), the selected request's history, decisions, withdrawal and printing of the form.
 */
public final class ApprovalsViewModel {
    /** The three inboxes of the issue. */
    public enum Inbox {
        PENDING, MINE, DONE
    }

    /** What an approver can do to the current step. */
    public enum Decision {
        APPROVE, REJECT, RETURN
    }

    private final AppContext context;
    private final UserSession user;
    private final ObjectProperty<Inbox> inbox = new SimpleObjectProperty<>(Inbox.PENDING);
    private final ObservableList<ApprovalRequestView> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ApprovalRequestView> selected = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> history = FXCollections.observableArrayList();
    private final ObjectProperty<Set<UUID>> waitingForMe = new SimpleObjectProperty<>(Set.of());
    private final BooleanBinding canDecide;
    private final BooleanBinding canWithdraw;

    public ApprovalsViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        canDecide = Bindings.createBooleanBinding(() -> selected.get() != null
                && waitingForMe.get().contains(selected.get().id()), selected, waitingForMe);
        canWithdraw = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == RequestStatus.PENDING && selected.get().requester().equals(user.username())
                && history.stream().noneMatch(e -> e.type().isDecision()), selected, history);
    }

    public void refresh(Consumer<Throwable> onFailure) {
        Inbox which = inbox.get();
        UUID keep = selected.get() == null ? null : selected.get().id();
        ApprovalService approvals = context.core().approvals();
        context.runner().run(() -> {
            List<ApprovalRequestView> pending = approvals.pendingForMe(user);
            List<ApprovalRequestView> shown = switch (which) {
                case PENDING -> pending;
                case MINE -> approvals.mine(user);
                case DONE -> approvals.decidedByMe(user);
            };
            return new Loaded(shown, pending.stream().map(ApprovalRequestView::id).collect(Collectors.toSet()));
        }, loaded -> {
            waitingForMe.set(loaded.pendingIds());
            requests.setAll(loaded.shown());
            select(loaded.shown().stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(loaded.shown().isEmpty() ? null : loaded.shown().get(0)), onFailure);
        }, onFailure);
    }

    private record Loaded(List<ApprovalRequestView> shown, Set<UUID> pendingIds) {
    }

    public void select(ApprovalRequestView request, Consumer<Throwable> onFailure) {
        selected.set(request);
        if (request == null) {
            history.clear();
            return;
        }
        context.runner().run(() -> context.core().approvals().history(user, request.id()), history::setAll, onFailure);
    }

    public void decide(Decision decision, String opinion, Runnable onDone, Consumer<Throwable> onFailure) {
        ApprovalRequestView request = selected.get();
        ApprovalService approvals = context.core().approvals();
        context.runner().run(() -> switch (decision) {
            case APPROVE -> approvals.approve(user, request.id(), opinion);
            case REJECT -> approvals.reject(user, request.id(), opinion);
            case RETURN -> approvals.returnToPrevious(user, request.id(), opinion);
        }, after -> {
            onDone.run();
            refresh(onFailure);
        }, onFailure);
    }

    public void withdraw(String reason, Runnable onDone, Consumer<Throwable> onFailure) {
        ApprovalRequestView request = selected.get();
        context.runner().run(() -> context.core().approvals().withdraw(user, request.id(), reason), after -> {
            onDone.run();
            refresh(onFailure);
        }, onFailure);
    }

    /** Prints the selected request's form (recorded on the audit chain) for preview, printer or file. */
    public void printForm(Locale locale, Consumer<PrintedForm> onDone, Consumer<Throwable> onFailure) {
        ApprovalRequestView request = selected.get();
        context.runner().run(() -> context.core().forms().print(user, request.id().toString(), locale), onDone, onFailure);
    }

    public ObjectProperty<Inbox> inboxProperty() {
        return inbox;
    }

    public ObservableList<ApprovalRequestView> requests() {
        return requests;
    }

    public ObjectProperty<ApprovalRequestView> selectedProperty() {
        return selected;
    }

    public ObservableList<TimelineEntry> history() {
        return history;
    }

    public BooleanBinding canDecideBinding() {
        return canDecide;
    }

    public BooleanBinding canWithdrawBinding() {
        return canWithdraw;
    }
}
