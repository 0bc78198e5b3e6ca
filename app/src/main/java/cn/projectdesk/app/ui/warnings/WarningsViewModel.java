package cn.projectdesk.app.ui.warnings;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningService;
import cn.projectdesk.core.security.UserSession;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The warnings centre's state and its only link to core: the list (open, or all with closed ones),
 * evaluating the rules, and the lifecycle steps. Steps are not undoable: each is a record of who
 * did what, as approvals are.
 */
public final class WarningsViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<WarningRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty includeClosed = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");

    public WarningsViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    public void refresh(Consumer<Throwable> onFailure) {
        boolean all = includeClosed.get();
        context.runner().run(() -> service().list(user, all), rows::setAll, onFailure);
    }

    public void evaluate(Consumer<Throwable> onFailure) {
        boolean all = includeClosed.get();
        context.runner().run(() -> {
            WarningService.EvaluationResult r = service().evaluate(user);
            return new Evaluated(r, service().list(user, all));
        }, done -> {
            rows.setAll(done.rows());
            status.set(context.messages().format("warnings.evaluated", done.result().projects(), done.result().opened(),
                    done.result().refreshed(), done.result().cleared()));
            announce(context, done.result().opened());
        }, onFailure);
    }

    public void acknowledge(UUID id, Consumer<Throwable> onFailure) {
        step(() -> service().acknowledge(user, id), onFailure);
    }

    public void rectify(UUID id, String note, Consumer<Throwable> onFailure) {
        step(() -> service().rectify(user, id, note), onFailure);
    }

    public void close(UUID id, Consumer<Throwable> onFailure) {
        step(() -> service().close(user, id), onFailure);
    }

    private void step(java.util.concurrent.Callable<WarningRow> action, Consumer<Throwable> onFailure) {
        boolean all = includeClosed.get();
        context.runner().run(() -> {
            action.call();
            return service().list(user, all);
        }, rows::setAll, onFailure);
    }

    public boolean mayClose() {
        return user.has(cn.projectdesk.core.security.Permission.APPROVE);
    }

    private WarningService service() {
        return context.core().ops().warnings();
    }

    public ObservableList<WarningRow> rows() {
        return rows;
    }

    public BooleanProperty includeClosed() {
        return includeClosed;
    }

    public StringProperty status() {
        return status;
    }

    private record Evaluated(WarningService.EvaluationResult result, List<WarningRow> rows) {
    }

    /** A desktop notice when an evaluation (on demand or the daily one) opened new warnings. */
    public static void announce(AppContext context, int opened) {
        if (opened > 0) {
            context.notices().show(context.messages().get("warnings.notify.title"),
                    context.messages().format("warnings.notify.text", opened));
        }
    }
}
