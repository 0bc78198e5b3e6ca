package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.org.OrgUnitRow;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 组织机构: the org-unit tree within the administrator's scope; add a child unit, rename, move under another unit. */
final class OrgUnitsPane {
    private final AdminModel model;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final TreeView<OrgUnitRow> tree = new TreeView<>();
    private final Consumer<Throwable> onFailure;

    OrgUnitsPane(AdminModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("admin.units"), failure);
        tree.setId("admin-units-tree");
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(OrgUnitRow unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.name() + "    " + unit.code() + " · " + messages.of(unit.kind()));
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.getChildren().addAll(actions(), tree);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    TreeView<OrgUnitRow> treeView() {
        return tree;
    }

    void refresh() {
        UUID selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue().id();
        model.loadUnits(() -> rebuild(selected), onFailure);
    }

    private void rebuild(UUID selected) {
        Map<UUID, TreeItem<OrgUnitRow>> items = new HashMap<>();
        TreeItem<OrgUnitRow> top = null;
        for (OrgUnitRow unit : model.units()) { // depth-first: a parent always comes before its children
            TreeItem<OrgUnitRow> item = new TreeItem<>(unit);
            item.setExpanded(true);
            items.put(unit.id(), item);
            TreeItem<OrgUnitRow> parent = unit.parentId() == null ? null : items.get(unit.parentId());
            if (parent == null) {
                top = item;
            } else {
                parent.getChildren().add(item);
            }
        }
        tree.setRoot(top);
        if (selected != null && items.containsKey(selected)) {
            tree.getSelectionModel().select(items.get(selected));
        } else if (top != null) {
            tree.getSelectionModel().select(top);
        }
    }

    private Node actions() {
        Button add = button("admin.units.add", "admin-unit-add", this::add);
        Button rename = button("admin.units.rename", "admin-unit-rename", this::rename);
        Button move = button("admin.units.move", "admin-unit-move", this::move);
        for (Button b : new Button[] {add, rename, move}) {
            b.disableProperty().bind(Bindings.isNull(tree.getSelectionModel().selectedItemProperty()));
        }
        HBox bar = new HBox(8, add, rename, move);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private OrgUnitRow selected() {
        return tree.getSelectionModel().getSelectedItem().getValue();
    }

    private void add() {
        OrgUnitRow parent = selected();
        TextField code = new TextField();
        code.setId("unit-code");
        TextField name = new TextField();
        name.setId("unit-name");
        ComboBox<Choice<OrgUnitKind>> kind = new ComboBox<>();
        kind.setId("unit-kind");
        for (OrgUnitKind k : new OrgUnitKind[] {OrgUnitKind.DEPARTMENT, OrgUnitKind.FIELD_OFFICE}) {
            kind.getItems().add(new Choice<>(k, messages.of(k)));
        }
        kind.setValue(kind.getItems().get(0));
        AdminDialog dialog = new AdminDialog(window(), messages, messages.format("admin.units.add.title", parent.name()),
                "admin.units.add.ok", "unit-ok")
                .row("admin.units.code", code).row("admin.units.name", name).row("admin.units.kind", kind)
                .okUnless(code.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        if (dialog.showAndWait()) {
            model.addUnit(parent.id(), code.getText(), name.getText(), kind.getValue().value(), this::refresh, onFailure);
        }
    }

    private void rename() {
        OrgUnitRow unit = selected();
        TextField name = new TextField(unit.name());
        name.setId("unit-name");
        AdminDialog dialog = new AdminDialog(window(), messages, messages.format("admin.units.rename.title", unit.name()),
                "button.ok", "unit-ok").row("admin.units.name", name).okUnless(name.textProperty().isEmpty());
        if (dialog.showAndWait()) {
            model.renameUnit(unit.id(), name.getText(), this::refresh, onFailure);
        }
    }

    private void move() {
        OrgUnitRow unit = selected();
        ComboBox<Choice<UUID>> parent = new ComboBox<>();
        parent.setId("unit-parent");
        model.units().stream().filter(u -> !u.id().equals(unit.id()))
                .forEach(u -> parent.getItems().add(new Choice<>(u.id(), "\u3000".repeat(u.depth()) + u.name())));
        AdminDialog dialog = new AdminDialog(window(), messages, messages.format("admin.units.move.title", unit.name()),
                "admin.units.move", "unit-ok").row("admin.units.newParent", parent)
                .hint(messages.get("admin.units.move.hint")).okUnless(parent.valueProperty().isNull());
        if (dialog.showAndWait()) {
            model.moveUnit(unit.id(), parent.getValue().value(), this::refresh, onFailure);
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
