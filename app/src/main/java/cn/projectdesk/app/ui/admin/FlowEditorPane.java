package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.workflow.ApprovalMode;
import cn.projectdesk.core.workflow.ApproverRef;
import cn.projectdesk.core.workflow.FlowDefinition;
import cn.projectdesk.core.workflow.FlowStepDefinition;
import cn.projectdesk.core.workflow.RequestType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 审批流程: the flow of each request type (立项申请, 预算调整, 变更申请, 付款申请, 验收申请) as ordered steps.
 * Edits are checked by core's flow validator (Validate, and again on Save) and the problems are listed
 * by step; Save replaces the flow through {@code ApprovalService.saveFlow}. Requests already submitted
 * keep their route.
 */
final class FlowEditorPane {
    private final AdminModel model;
    private final Messages messages;
    private final HBox root = new HBox(16);
    private final ListView<RequestType> types = new ListView<>();
    private final TextField name = new TextField();
    private final Spinner<Integer> due = new Spinner<>(1, 60, 3);
    private final ObservableList<FlowStepDefinition> steps = FXCollections.observableArrayList();
    private final TableView<FlowStepDefinition> table = new TableView<>(steps);
    private final Label problems = new Label();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final Map<RequestType, FlowDefinition> loaded = new EnumMap<>(RequestType.class);
    private final cn.projectdesk.app.ui.undo.CommandStack edits = new cn.projectdesk.app.ui.undo.CommandStack();
    private RequestType current;
    private boolean switching;

    FlowEditorPane(AdminModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        types.setId("flow-types");
        types.getItems().setAll(RequestType.values());
        types.setPrefWidth(150);
        types.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RequestType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : messages.of(type));
            }
        });
        types.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> choose(old, now));
        name.setId("flow-name");
        due.setId("flow-due");
        due.setEditable(true);
        problems.setId("flow-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("field-error");
        name.textProperty().addListener((o, a, b) -> edited());
        due.valueProperty().addListener((o, a, b) -> edited());
        steps.addListener((javafx.collections.ListChangeListener<FlowStepDefinition>) c -> edited());
        VBox editor = new VBox(10, header(), stepTable(), stepActions(), problems, saveBar());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(editor, Priority.ALWAYS);
        root.getChildren().addAll(types, editor);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    TableView<FlowStepDefinition> stepsTable() {
        return table;
    }

    void refresh() {
        model.loadFlows(flows -> {
            flows.forEach(f -> loaded.put(f.type(), f));
            RequestType show = current == null ? RequestType.PROJECT_PROPOSAL : current;
            current = null;
            if (types.getSelectionModel().getSelectedItem() == show) {
                choose(null, show);
            } else {
                types.getSelectionModel().select(show);
            }
        }, this::showFailure);
    }

    static String approverText(Messages messages, ApproverRef ref) {
        return ref.kind() == ApproverRef.Kind.ROLE
                ? messages.format("admin.flows.approver.role", RoleNames.of(messages, ref.value()))
                : messages.format("admin.flows.approver.user", ref.value());
    }

    private void choose(RequestType old, RequestType type) {
        if (switching || type == null || type == current) {
            return;
        }
        if (dirty.get() && old != null && !Dialogs.confirm(window(), messages, messages.get("admin.flows"),
                messages.get("admin.leave.confirm"), messages.get("admin.leave.discard"))) {
            switching = true;
            types.getSelectionModel().select(old);
            switching = false;
            return;
        }
        current = type;
        FlowDefinition flow = loaded.get(type);
        switching = true;
        name.setText(flow == null ? messages.of(type) : flow.name());
        due.getValueFactory().setValue(flow == null ? 3 : flow.dueWorkingDays());
        steps.setAll(flow == null ? List.of() : flow.steps());
        switching = false;
        problems.setText("");
        dirty.set(false);
        edits.clear();
    }

    private void edited() {
        if (!switching && current != null) {
            dirty.set(!draft().equals(loaded.get(current)));
        }
    }

    FlowDefinition draft() {
        return new FlowDefinition(current, name.getText(), due.getValue() == null ? 0 : due.getValue(), List.copyOf(steps));
    }

    private Node header() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label nameLabel = new Label(messages.get("admin.flows.name"));
        nameLabel.setLabelFor(name);
        Label dueLabel = new Label(messages.get("admin.flows.due"));
        dueLabel.setLabelFor(due);
        name.setPrefColumnCount(24);
        grid.addRow(0, nameLabel, name, dueLabel, due);
        return grid;
    }

    private Node stepTable() {
        table.setId("flow-steps");
        TableColumn<FlowStepDefinition, String> order = column("admin.flows.column.order", s -> "", 50);
        order.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Integer.toString(getIndex() + 1));
            }
        });
        table.getColumns().add(order);
        table.getColumns().add(column("admin.flows.column.name", FlowStepDefinition::name, 180));
        table.getColumns().add(column("admin.flows.column.mode", s -> messages.of(s.mode()), 110));
        table.getColumns().add(column("admin.flows.column.approvers", s -> s.approvers().stream()
                .map(r -> approverText(messages, r)).collect(Collectors.joining(messages.get("admin.list.separator"))), 260));
        table.getColumns().add(column("admin.flows.column.condition", s -> s.minAmount() == null
                ? messages.get("admin.flows.always") : messages.format("admin.flows.over", Formats.money(s.minAmount())), 170));
        table.setPlaceholder(new Label(messages.get("admin.flows.noSteps")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editStep();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                editStep();
            }
        });
        return table;
    }

    private Node stepActions() {
        Button add = button("admin.flows.addStep", "flow-add-step", this::addStep);
        Button edit = button("admin.flows.editStep", "flow-edit-step", this::editStep);
        Button remove = button("admin.flows.removeStep", "flow-remove-step", () -> {
            int index = selectedIndex();
            change("admin.flows.removeStep", list -> list.remove(index), Math.max(0, index - 1));
        });
        Button up = button("admin.flows.up", "flow-step-up", () -> moveStep(-1));
        Button down = button("admin.flows.down", "flow-step-down", () -> moveStep(1));
        for (Button b : new Button[] {edit, remove, up, down}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button undo = button("admin.matrix.undo", "flow-undo", edits::undo);
        Button redo = button("admin.matrix.redo", "flow-redo", edits::redo);
        edits.addListener(() -> {
            undo.setDisable(!edits.canUndo());
            redo.setDisable(!edits.canRedo());
        });
        undo.setDisable(true);
        redo.setDisable(true);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return; // text fields keep their own Ctrl+Z
            }
            if (new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                edits.undo();
                e.consume();
            } else if (new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN).match(e)) {
                edits.redo();
                e.consume();
            }
        });
        HBox bar = new HBox(8, add, edit, remove, up, down, undo, redo);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node saveBar() {
        Button validate = button("admin.flows.validate", "flow-validate", this::validate);
        Button save = button("admin.flows.save", "flow-save", this::save);
        save.disableProperty().bind(dirty.not());
        Button revert = button("admin.flows.revert", "flow-revert", () -> {
            RequestType type = current;
            current = null;
            dirty.set(false);
            choose(null, type);
        });
        revert.disableProperty().bind(dirty.not());
        Label state = new Label();
        state.textProperty().bind(Bindings.when(dirty).then(messages.get("admin.matrix.unsaved")).otherwise(""));
        HBox bar = new HBox(8, validate, save, revert, state);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private int selectedIndex() {
        return table.getSelectionModel().getSelectedIndex();
    }

    private void addStep() {
        StepDialog.edit(window(), messages, model.roles(), new FlowStepDefinition("", ApprovalMode.ANY, List.of(), null))
                .ifPresent(step -> change("admin.flows.addStep", list -> list.add(step), steps.size()));
    }

    private void editStep() {
        int index = selectedIndex();
        if (index < 0) {
            return;
        }
        StepDialog.edit(window(), messages, model.roles(), steps.get(index))
                .ifPresent(step -> change("admin.flows.editStep", list -> list.set(index, step), index));
    }

    private void moveStep(int by) {
        int index = selectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= steps.size()) {
            return;
        }
        change(by < 0 ? "admin.flows.up" : "admin.flows.down", list -> list.add(target, list.remove(index)), target);
    }

    /**
     * One edit of the step list as an undoable command: the list before and after, and the row to select.
     * Unsaved, like the matrix's edits; Save sends the result, Discard drops it.
     */
    private void change(String descriptionKey, java.util.function.Consumer<List<FlowStepDefinition>> edit, int select) {
        List<FlowStepDefinition> before = List.copyOf(steps);
        List<FlowStepDefinition> after = new java.util.ArrayList<>(before);
        edit.accept(after);
        edits.execute(new cn.projectdesk.app.ui.undo.Command() {
            @Override
            public void execute() {
                steps.setAll(after);
                table.getSelectionModel().select(Math.min(select, steps.size() - 1));
            }

            @Override
            public void undo() {
                steps.setAll(before);
                table.getSelectionModel().select(Math.min(select, steps.size() - 1));
            }

            @Override
            public String description() {
                return messages.get(descriptionKey);
            }
        });
    }

    private void validate() {
        FlowDefinition flow = draft();
        model.validateFlow(flow, () -> problems.setText(messages.get("admin.flows.valid")), this::showFailure);
    }

    private void save() {
        FlowDefinition flow = draft();
        model.saveFlow(flow, saved -> {
            loaded.put(saved.type(), saved);
            RequestType type = current;
            current = null;
            dirty.set(false);
            choose(null, type);
            problems.setText(messages.get("admin.flows.saved"));
        }, this::showFailure);
    }

    /** Validation problems are listed under the steps; anything else (a refusal) is a dialog. */
    private void showFailure(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof ValidationException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException v) {
            problems.setText(String.join("\n", FlowProblems.describe(messages, draft(), v.fieldErrors())));
        } else {
            problems.setText("");
            Dialogs.showFailure(window(), messages, messages.get("admin.flows"), failure);
        }
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
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
