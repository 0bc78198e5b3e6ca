package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.app.ui.undo.CommandStack;
import cn.projectdesk.core.security.Permission;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 权限矩阵: roles down, permissions across, one check box per cell. A permission a role inherits is
 * shown ticked, greyed and marked "inherited", and cannot be changed at that level (change it on the
 * parent). Edits stay local until Save, which sends every changed role in one transaction; they can be
 * undone one by one (Ctrl+Z / Ctrl+Y here), and leaving with unsaved edits asks first.
 */
final class PermissionMatrixPane {
    private final AdminModel model;
    private final Messages messages;
    private final VBox root = new VBox(10);
    private final GridPane grid = new GridPane();
    private final CommandStack edits = new CommandStack();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final Label state = new Label();
    private final Button undo;
    private final Button redo;
    private final Consumer<Throwable> onFailure;
    private PermissionMatrix matrix;

    PermissionMatrixPane(AdminModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.onFailure = failure -> Dialogs.showFailure(window(), messages, messages.get("admin.matrix"), failure);
        grid.setId("admin-matrix");
        grid.setHgap(0);
        grid.setVgap(0);
        grid.getStyleClass().add("permission-matrix");
        Button save = button("admin.matrix.save", "admin-matrix-save", this::save);
        save.disableProperty().bind(dirty.not());
        undo = button("admin.matrix.undo", "admin-matrix-undo", () -> edits.undo());
        redo = button("admin.matrix.redo", "admin-matrix-redo", () -> edits.redo());
        Button revert = button("admin.matrix.revert", "admin-matrix-revert", this::revert);
        revert.disableProperty().bind(dirty.not());
        state.setId("admin-matrix-state");
        edits.addListener(this::changed);
        changed();
        HBox bar = new HBox(8, save, undo, redo, revert, state);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label legend = new Label(messages.get("admin.matrix.legend"));
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        root.getChildren().addAll(bar, legend, scroll);
        root.setPadding(new Insets(10, 0, 0, 0));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                edits.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
                edits.redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                if (dirty.get()) {
                    save();
                }
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Loads the roles again; unsaved edits are dropped (callers ask first). */
    void refresh() {
        model.loadRoles(() -> {
            matrix = new PermissionMatrix(model.roles());
            edits.clear();
            rebuild();
        }, onFailure);
    }

    private void save() {
        model.savePermissions(matrix.changes(), () -> {
            refresh();
            state.setText(messages.get("admin.matrix.saved"));
        }, onFailure);
    }

    private void revert() {
        refresh();
    }

    private void changed() {
        dirty.set(matrix != null && matrix.isDirty());
        undo.setDisable(!edits.canUndo());
        redo.setDisable(!edits.canRedo());
        state.setText(dirty.get() ? messages.get("admin.matrix.unsaved") : "");
        if (matrix != null) {
            rebuild();
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        Permission[] permissions = Permission.values();
        grid.getColumnConstraints().clear();
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints(150);
        grid.getColumnConstraints().add(names);
        for (int c = 0; c < permissions.length; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints(84);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
        }
        for (int c = 0; c < permissions.length; c++) {
            Label header = new Label(messages.of(permissions[c]));
            header.setWrapText(true);
            header.setMaxWidth(80);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.getStyleClass().add("matrix-header");
            grid.add(header, c + 1, 0);
            GridPane.setHalignment(header, HPos.CENTER);
        }
        int row = 1;
        for (String role : matrix.roles()) {
            Label name = new Label("\u3000".repeat(matrix.depth(role)) + (matrix.depth(role) > 0 ? "└ " : "")
                    + RoleNames.of(messages, role));
            name.getStyleClass().add("matrix-role");
            if (matrix.parent(role) != null) {
                name.setTooltip(new Tooltip(messages.format("admin.roles.inheritsFrom", RoleNames.of(messages, matrix.parent(role)))));
            }
            grid.add(name, 0, row);
            for (int c = 0; c < permissions.length; c++) {
                grid.add(cell(role, permissions[c]), c + 1, row);
            }
            row++;
        }
    }

    private Node cell(String role, Permission permission) {
        CheckBox box = new CheckBox();
        box.setId("perm-" + role + "-" + permission.name().toLowerCase(Locale.ROOT));
        PermissionMatrix.Cell cell = matrix.cell(role, permission);
        box.setSelected(cell != PermissionMatrix.Cell.NONE);
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(box);
        pane.getStyleClass().add("matrix-cell");
        pane.setPrefSize(84, 28);
        if (cell == PermissionMatrix.Cell.INHERITED) {
            box.setDisable(true);
            pane.getStyleClass().add("matrix-inherited");
            Tooltip.install(pane, new Tooltip(messages.format("admin.matrix.inheritedTip",
                    RoleNames.of(messages, matrix.parent(role)))));
        } else {
            box.setOnAction(e -> edits.execute(new Toggle(role, permission, box.isSelected())));
        }
        return pane;
    }

    /** One ticked or cleared box; undo puts it back. */
    private final class Toggle implements Command {
        private final String role;
        private final Permission permission;
        private final boolean granted;

        Toggle(String role, Permission permission, boolean granted) {
            this.role = role;
            this.permission = permission;
            this.granted = granted;
        }

        @Override
        public void execute() {
            matrix.set(role, permission, granted);
        }

        @Override
        public void undo() {
            matrix.set(role, permission, !granted);
        }

        @Override
        public String description() {
            return RoleNames.of(messages, role) + " · " + messages.of(permission);
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
