package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.RoleRow;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 角色: the roles as an inheritance tree (a child has everything its parent has), and for the chosen
 * role what it is granted itself and what it inherits, and from whom. Edited in the permission matrix.
 */
final class RolesPane {
    private final AdminModel model;
    private final Messages messages;
    private final HBox root = new HBox(16);
    private final TreeView<RoleRow> tree = new TreeView<>();
    private final Label own = new Label();
    private final Label inherited = new Label();
    private final Label title = new Label();

    RolesPane(AdminModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        tree.setId("admin-roles-tree");
        tree.setShowRoot(false);
        tree.setPrefWidth(280);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(RoleRow role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : RoleNames.of(messages, role.code()) + "  (" + role.code() + ")");
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> show(now == null ? null : now.getValue()));
        own.setId("admin-role-own");
        inherited.setId("admin-role-inherited");
        for (Label l : new Label[] {own, inherited}) {
            l.setWrapText(true);
        }
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("admin.roles.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label ownTitle = new Label(messages.get("admin.roles.own"));
        ownTitle.getStyleClass().add("form-label");
        Label inheritedTitle = new Label(messages.get("admin.roles.inherited"));
        inheritedTitle.getStyleClass().add("form-label");
        VBox detail = new VBox(8, title, ownTitle, own, inheritedTitle, inherited, hint);
        detail.getStyleClass().add("card");
        HBox.setHgrow(detail, Priority.ALWAYS);
        root.getChildren().addAll(tree, detail);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    TreeView<RoleRow> treeView() {
        return tree;
    }

    void refresh() {
        model.loadRoles(this::rebuild, failure -> Dialogs.showFailure(root.getScene() == null ? null
                : root.getScene().getWindow(), messages, messages.get("admin.roles"), failure));
    }

    private void rebuild() {
        TreeItem<RoleRow> top = new TreeItem<>();
        Map<String, TreeItem<RoleRow>> items = new HashMap<>();
        model.roles().forEach(r -> {
            TreeItem<RoleRow> item = new TreeItem<>(r);
            item.setExpanded(true);
            items.put(r.code(), item);
        });
        model.roles().forEach(r -> (r.parentCode() == null || !items.containsKey(r.parentCode()) ? top
                : items.get(r.parentCode())).getChildren().add(items.get(r.code())));
        tree.setRoot(top);
        if (!top.getChildren().isEmpty()) {
            tree.getSelectionModel().select(top.getChildren().get(0));
        }
    }

    private void show(RoleRow role) {
        if (role == null) {
            title.setText("");
            own.setText("");
            inherited.setText("");
            return;
        }
        title.setText(RoleNames.of(messages, role.code()) + (role.parentCode() == null ? ""
                : "  ←  " + messages.format("admin.roles.inheritsFrom", RoleNames.of(messages, role.parentCode()))));
        own.setText(names(role.own()));
        inherited.setText(names(role.effective().stream().filter(p -> !role.own().contains(p)).collect(Collectors.toSet())));
    }

    private String names(Set<Permission> permissions) {
        String text = Stream.of(Permission.values()).filter(permissions::contains).map(messages::of)
                .collect(Collectors.joining(messages.get("admin.list.separator")));
        return text.isEmpty() ? messages.get("admin.roles.none") : text;
    }
}
