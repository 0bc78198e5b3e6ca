package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.RoleRow;
import cn.projectdesk.core.security.UserRow;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 用户管理: the accounts within the administrator's org unit (name, unit, role, active, locked, second
 * factor) and what may be done to one: create, change role and unit, reset the password, deactivate
 * or activate, unlock.
 */
final class UsersPane {
    private final AdminModel model;
    private final Messages messages;
    private final Clock clock;
    private final VBox root = new VBox(10);
    private final TableView<UserRow> table;
    private final Consumer<Throwable> onFailure;

    UsersPane(AdminModel model, Messages messages, Clock clock) {
        this.model = model;
        this.messages = messages;
        this.clock = clock;
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("admin.users"), failure);
        table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(actions(), table);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    /** Loads the accounts; {@code then} runs only if core allowed it, so a refusal is shown once, not per tab. */
    void refresh(Runnable then) {
        model.loadUsers(then, onFailure);
    }

    TableView<UserRow> tableView() {
        return table;
    }

    private TableView<UserRow> table() {
        TableView<UserRow> view = new TableView<>(model.users());
        view.setId("admin-users-table");
        view.getColumns().add(column("admin.users.username", UserRow::username, 110));
        view.getColumns().add(column("admin.users.name", UserRow::displayName, 100));
        view.getColumns().add(column("admin.users.unit", UserRow::orgUnitName, 150));
        view.getColumns().add(column("admin.users.role", u -> RoleNames.of(messages, u.roleCode()), 110));
        view.getColumns().add(column("admin.users.active", u -> yesNo(u.active()), 70));
        view.getColumns().add(column("admin.users.locked", u -> yesNo(locked(u)), 70));
        view.getColumns().add(column("admin.users.secondFactor", u -> yesNo(u.secondFactor()), 90));
        view.setPlaceholder(new Label(messages.get("admin.users.empty")));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return view;
    }

    private boolean locked(UserRow u) {
        return u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
    }

    private Node actions() {
        Button create = button("admin.users.new", "admin-user-new", this::createUser);
        Button change = button("admin.users.changeRole", "admin-user-role", this::changeRole);
        Button reset = button("admin.users.resetPassword", "admin-user-reset", this::resetPassword);
        Button active = button("admin.users.deactivate", "admin-user-active", this::toggleActive);
        active.textProperty().bind(Bindings.createStringBinding(() -> {
            UserRow u = table.getSelectionModel().getSelectedItem();
            return messages.get(u != null && !u.active() ? "admin.users.activate" : "admin.users.deactivate");
        }, table.getSelectionModel().selectedItemProperty()));
        Button unlock = button("admin.users.unlock", "admin-user-unlock", this::unlock);
        for (Button b : List.of(change, reset, active, unlock)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        unlock.disableProperty().unbind();
        unlock.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            UserRow u = table.getSelectionModel().getSelectedItem();
            return u == null || u.lockedUntil() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        HBox bar = new HBox(8, create, change, reset, active, unlock);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void createUser() {
        TextField username = new TextField();
        username.setId("new-user-username");
        TextField name = new TextField();
        name.setId("new-user-name");
        ComboBox<Choice<UUID>> unit = unitBox("new-user-unit", null);
        ComboBox<Choice<String>> role = roleBox("new-user-role", "OFFICER");
        PasswordFields password = new PasswordFields(messages, "new-user");
        AdminDialog dialog = new AdminDialog(window(), messages, messages.get("admin.users.new.title"), "admin.users.create",
                "new-user-ok")
                .row("admin.users.username", username).row("admin.users.name", name)
                .row("admin.users.unit", unit).row("admin.users.role", role)
                .row("admin.users.password", password.password()).row("admin.users.confirm", password.confirm())
                .wide(password.feedback())
                .okUnless(Bindings.createBooleanBinding(() -> !password.acceptable().get() || username.getText().isBlank()
                        || unit.getValue() == null || role.getValue() == null, password.acceptable(),
                        username.textProperty(), unit.valueProperty(), role.valueProperty()));
        if (dialog.showAndWait()) {
            model.createUser(new NewUser(username.getText(), name.getText(), unit.getValue().value(), role.getValue().value(),
                    password.value()), () -> { }, onFailure);
        }
    }

    private void changeRole() {
        UserRow u = table.getSelectionModel().getSelectedItem();
        ComboBox<Choice<UUID>> unit = unitBox("change-user-unit", u.orgUnitId());
        ComboBox<Choice<String>> role = roleBox("change-user-role", u.roleCode());
        AdminDialog dialog = new AdminDialog(window(), messages, messages.format("admin.users.changeRole.title",
                u.displayName()), "button.ok", "change-user-ok")
                .row("admin.users.unit", unit).row("admin.users.role", role)
                .okUnless(unit.valueProperty().isNull().or(role.valueProperty().isNull()));
        if (dialog.showAndWait()) {
            model.changeRoleAndUnit(u.id(), role.getValue().value(), unit.getValue().value(), () -> { }, onFailure);
        }
    }

    private void resetPassword() {
        UserRow u = table.getSelectionModel().getSelectedItem();
        PasswordFields password = new PasswordFields(messages, "reset");
        AdminDialog dialog = new AdminDialog(window(), messages, messages.format("admin.users.reset.title", u.displayName()),
                "admin.users.resetPassword", "reset-ok")
                .hint(messages.get("admin.users.reset.hint"))
                .row("admin.users.password", password.password()).row("admin.users.confirm", password.confirm())
                .wide(password.feedback())
                .okUnless(password.acceptable().not());
        if (dialog.showAndWait()) {
            model.resetPassword(u.id(), password.value(), () -> Dialogs.showInfo(window(), messages,
                    messages.get("admin.users.resetPassword"), messages.format("admin.users.reset.done", u.displayName())),
                    onFailure);
        }
    }

    private void toggleActive() {
        UserRow u = table.getSelectionModel().getSelectedItem();
        if (u.active() && !Dialogs.confirm(window(), messages, messages.get("admin.users.deactivate"),
                messages.format("admin.users.deactivate.confirm", u.displayName()), messages.get("admin.users.deactivate"))) {
            return;
        }
        model.setActive(u.id(), !u.active(), onFailure);
    }

    private void unlock() {
        model.unlock(table.getSelectionModel().getSelectedItem().id(), onFailure);
    }

    private ComboBox<Choice<UUID>> unitBox(String id, UUID selected) {
        ComboBox<Choice<UUID>> box = new ComboBox<>();
        box.setId(id);
        for (OrgUnitRow u : model.units()) {
            Choice<UUID> choice = new Choice<>(u.id(), "\u3000".repeat(u.depth()) + u.name());
            box.getItems().add(choice);
            if (u.id().equals(selected)) {
                box.setValue(choice);
            }
        }
        return box;
    }

    private ComboBox<Choice<String>> roleBox(String id, String selected) {
        ComboBox<Choice<String>> box = new ComboBox<>();
        box.setId(id);
        for (RoleRow r : model.roles()) {
            Choice<String> choice = new Choice<>(r.code(), RoleNames.of(messages, r.code()));
            box.getItems().add(choice);
            if (Objects.equals(r.code(), selected)) {
                box.setValue(choice);
            }
        }
        return box;
    }

    private String yesNo(boolean value) {
        return messages.get(value ? "admin.yes" : "admin.no");
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
