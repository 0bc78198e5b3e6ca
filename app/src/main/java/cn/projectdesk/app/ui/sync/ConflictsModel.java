package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.conflict.ConflictService;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Replication;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conflicts of this node and the two ways to close one. Resolving goes through the undo stack
 * on the worker, like every other edit of the window.
 */
final class ConflictsModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ConflictItem> rows = FXCollections.observableArrayList();

    ConflictsModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    ObservableList<ConflictItem> rows() {
        return rows;
    }

    /**
     * Whether to offer the buttons: core's {@link ConflictService} refuses anyone else (those who may
     * edit projects, and administrators, may overwrite a field with the losing value).
     */
    boolean mayResolve() {
        return user.has(Permission.PROJECT_EDIT) || user.has(Permission.ADMINISTER);
    }

    void refresh(Consumer<Throwable> onFailure) {
        ConflictService conflicts = context.core().conflicts();
        context.runner().run(() -> conflicts.list(user, true).stream()
                .map(c -> ConflictItem.of(c, conflicts.currentValues(user, c))).toList(),
                this::show, onFailure);
    }

    void resolve(ConflictItem item, Replication.Resolution resolution, Runnable onDone, Consumer<Throwable> onFailure) {
        String key = resolution == Replication.Resolution.KEEP_MINE ? "command.sync.keepMine" : "command.sync.keepTheirs";
        ResolveConflictCommand command = new ResolveConflictCommand(context.core().conflicts(), item.row(),
                resolution, user, context.messages().format(key, item.record(), item.row().field()));
        context.runner().run(() -> {
            context.commands().execute(command);
            return null;
        }, ignored -> {
            onDone.run();
            context.sync().refreshStatus();
        }, onFailure);
    }

    private void show(List<ConflictItem> items) {
        rows.setAll(items);
    }
}
