package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.RoleRow;
import cn.projectdesk.core.security.UserRow;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.FlowDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The admin section's data and its calls into core: users, org units, roles and flows. Every call runs
 * on the worker; core checks the administer permission itself, and a refusal comes back to
 * {@code onFailure} like any other failure, which the panes show as a dialog.
 */
final class AdminModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<UserRow> users = FXCollections.observableArrayList();
    private final ObservableList<OrgUnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<RoleRow> roles = FXCollections.observableArrayList();

    AdminModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    UserSession user() {
        return user;
    }

    ObservableList<UserRow> users() {
        return users;
    }

    ObservableList<OrgUnitRow> units() {
        return units;
    }

    ObservableList<RoleRow> roles() {
        return roles;
    }

    void loadUsers(Consumer<Throwable> onFailure) {
        loadUsers(() -> { }, onFailure);
    }

    void loadUsers(Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().users().list(user), rows -> {
            users.setAll(rows);
            onDone.run();
        }, onFailure);
    }

    void loadUnits(Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().orgUnits().visibleUnits(user), rows -> {
            units.setAll(rows);
            onDone.run();
        }, onFailure);
    }

    void loadRoles(Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().roles().roles(user), rows -> {
            roles.setAll(rows);
            onDone.run();
        }, onFailure);
    }

    void createUser(NewUser newUser, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> context.core().users().create(user, newUser), () -> loadUsers(onFailure), onDone, onFailure);
    }

    void changeRoleAndUnit(UUID userId, String role, UUID unit, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().users().changeRoleAndUnit(user, userId, role, unit);
            return null;
        }, () -> loadUsers(onFailure), onDone, onFailure);
    }

    void resetPassword(UUID userId, char[] password, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().users().resetPassword(user, userId, password);
            return null;
        }, () -> loadUsers(onFailure), onDone, onFailure);
    }

    void setActive(UUID userId, boolean active, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().users().setActive(user, userId, active);
            return null;
        }, () -> loadUsers(onFailure), () -> { }, onFailure);
    }

    void unlock(UUID userId, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().users().unlock(user, userId);
            return null;
        }, () -> loadUsers(onFailure), () -> { }, onFailure);
    }

    void addUnit(UUID parent, String code, String name, OrgUnitKind kind, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> context.core().orgUnits().add(user, parent, code, name, kind), () -> { }, onDone, onFailure);
    }

    void renameUnit(UUID unit, String name, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().orgUnits().rename(user, unit, name);
            return null;
        }, () -> { }, onDone, onFailure);
    }

    void moveUnit(UUID unit, UUID newParent, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> {
            context.core().orgUnits().move(user, unit, newParent);
            return null;
        }, () -> { }, onDone, onFailure);
    }

    /** The matrix's Save: all edited roles in one transaction. */
    void savePermissions(Map<String, Set<Permission>> changes, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> context.core().roles().setPermissions(user, changes), () -> { }, onDone, onFailure);
    }

    void loadFlows(Consumer<List<FlowDefinition>> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().approvals().flows(user), onDone, onFailure);
    }

    void validateFlow(FlowDefinition flow, Runnable onValid, Consumer<Throwable> onFailure) {
        context.runner().run(() -> {
            context.core().approvals().validateFlow(user, flow);
            return null;
        }, ok -> onValid.run(), onFailure);
    }

    void saveFlow(FlowDefinition flow, Consumer<FlowDefinition> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().approvals().saveFlow(user, flow), onDone, onFailure);
    }

    private <T> void write(Callable<T> work, Runnable reload, Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(work, result -> {
            reload.run();
            onDone.run();
        }, onFailure);
    }
}
