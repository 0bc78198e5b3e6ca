package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.app.ui.undo.CommandStack;
import cn.projectdesk.core.change.ChangeDraft;
import cn.projectdesk.core.change.ChangeItemDraft;
import cn.projectdesk.core.change.ChangeItemKind;
import cn.projectdesk.core.change.ChangeKind;
import cn.projectdesk.core.project.TaskRow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 提出变更: kind, title, reason and the impact lines (a task's new duration, a new task, the project's new
 * budget). Adding and removing lines is undoable inside the form; OK hands the draft to the workflow,
 * which checks it (the same rules as the CLI) and answers with the field that is wrong.
 */
final class ChangeRequestDialog {
    private final Messages messages;
    private final List<TaskRow> tasks;
    private final ObservableList<ChangeItemDraft> lines = FXCollections.observableArrayList();
    private final CommandStack edits = new CommandStack();

    private ChangeRequestDialog(Messages messages, List<TaskRow> tasks) {
        this.messages = messages;
        this.tasks = tasks.stream().filter(t -> !t.summary()).toList();
    }

    static Optional<ChangeDraft> ask(Window owner, Messages messages, UUID projectId, List<TaskRow> tasks) {
        return new ChangeRequestDialog(messages, tasks).show(owner, projectId);
    }

    private Optional<ChangeDraft> show(Window owner, UUID projectId) {
        Dialog<ChangeDraft> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("lifecycle.change.new"));
        ComboBox<ChangeKind> kind = Forms.enumBox("change-kind", ChangeKind.values(), messages);
        TextField title = new TextField();
        title.setId("change-title");
        TextArea reason = new TextArea();
        reason.setId("change-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);

        ListView<ChangeItemDraft> list = new ListView<>(lines);
        list.setId("change-lines");
        list.setPrefHeight(130);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeItemDraft item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.change.kind"), kind);
        Forms.row(grid, 1, messages.get("lifecycle.change.title"), title);
        Forms.row(grid, 2, messages.get("lifecycle.change.reason"), reason);
        Label impact = new Label(messages.get("lifecycle.change.impact.lines"));
        impact.getStyleClass().add("section-title");
        VBox content = new VBox(10, grid, impact, lineEditor(list), list);
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);
        ButtonType submit = new ButtonType(messages.get("lifecycle.change.submit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(submit, new ButtonType(messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(submit).disableProperty().bind(kind.valueProperty().isNull()
                .or(title.textProperty().isEmpty()).or(reason.textProperty().isEmpty())
                .or(javafx.beans.binding.Bindings.isEmpty(lines)));
        dialog.setResultConverter(b -> b == submit ? new ChangeDraft(projectId, kind.getValue(), title.getText(),
                reason.getText(), List.copyOf(lines)) : null);
        return dialog.showAndWait();
    }

    /** One row to compose a line: its kind, then the task, name, days or amount it needs. */
    private VBox lineEditor(ListView<ChangeItemDraft> list) {
        ComboBox<ChangeItemKind> lineKind = Forms.enumBox("change-line-kind", ChangeItemKind.values(), messages);
        lineKind.setValue(ChangeItemKind.TASK_DURATION);
        ComboBox<TaskRow> task = new ComboBox<>(FXCollections.observableArrayList(tasks));
        task.setId("change-line-task");
        task.setPrefWidth(260);
        task.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TaskRow t) {
                return t == null ? "" : t.wbsCode() + " " + t.name() + " (" + t.durationDays() + ")";
            }

            @Override
            public TaskRow fromString(String s) {
                return null;
            }
        });
        TextField name = new TextField();
        name.setId("change-line-name");
        name.setPromptText(messages.get("lifecycle.change.newTaskName"));
        Spinner<Integer> days = new Spinner<>(0, 3650, 10);
        days.setId("change-line-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        TextField amount = new TextField();
        amount.setId("change-line-amount");
        amount.setPromptText(messages.get("lifecycle.change.newBudget"));
        Label problem = new Label();
        problem.setId("change-line-problem");
        problem.getStyleClass().add("field-error");
        Runnable showFields = () -> {
            ChangeItemKind k = lineKind.getValue();
            task.setVisible(k == ChangeItemKind.TASK_DURATION);
            task.setManaged(task.isVisible());
            name.setVisible(k == ChangeItemKind.TASK_ADD);
            name.setManaged(name.isVisible());
            days.setVisible(k != ChangeItemKind.PROJECT_BUDGET);
            days.setManaged(days.isVisible());
            amount.setVisible(k == ChangeItemKind.PROJECT_BUDGET);
            amount.setManaged(amount.isVisible());
        };
        lineKind.valueProperty().addListener((o, old, now) -> showFields.run());
        showFields.run();

        Button add = new Button(messages.get("lifecycle.change.addLine"));
        add.setId("change-line-add");
        add.setOnAction(e -> {
            problem.setText("");
            ChangeItemDraft line = switch (lineKind.getValue()) {
                case TASK_DURATION -> task.getValue() == null ? null : ChangeItemDraft.duration(task.getValue().id(), days.getValue());
                case TASK_ADD -> name.getText().isBlank() ? null : ChangeItemDraft.addTask(name.getText().strip(), days.getValue());
                case PROJECT_BUDGET -> Forms.money(amount.getText()).map(ChangeItemDraft::budget).orElse(null);
            };
            if (line == null) {
                problem.setText(messages.get("lifecycle.change.lineIncomplete"));
                return;
            }
            edits.execute(new LineEdit(line, true));
        });
        Button remove = new Button(messages.get("lifecycle.change.removeLine"));
        remove.setId("change-line-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> edits.execute(new LineEdit(list.getSelectionModel().getSelectedItem(), false)));
        Button undo = new Button(messages.get("lifecycle.change.undoLine"));
        undo.setId("change-line-undo");
        undo.setDisable(true);
        undo.setOnAction(e -> edits.undo());
        edits.addListener(() -> undo.setDisable(!edits.canUndo()));
        HBox row = new HBox(8, lineKind, task, name, days, amount, add);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, remove, undo, problem);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, actions);
    }

    private String describe(ChangeItemDraft line) {
        return messages.of(line.kind()) + "：" + switch (line.kind()) {
            case TASK_DURATION -> tasks.stream().filter(t -> t.id().equals(line.taskId())).findFirst()
                    .map(t -> t.name() + "  " + t.durationDays() + " → " + line.newDuration()).orElse("?")
                    + " " + messages.get("lifecycle.change.days");
            case TASK_ADD -> line.taskName() + "  " + line.newDuration() + " " + messages.get("lifecycle.change.days");
            case PROJECT_BUDGET -> Formats.money(line.newAmount());
        };
    }

    /** Adds or removes one impact line; its undo does the opposite at the same place. */
    private final class LineEdit implements Command {
        private final ChangeItemDraft line;
        private final boolean adding;
        private int index = -1;

        LineEdit(ChangeItemDraft line, boolean adding) {
            this.line = line;
            this.adding = adding;
        }

        @Override
        public void execute() {
            if (adding) {
                index = index < 0 ? lines.size() : index;
                lines.add(index, line);
            } else {
                index = lines.indexOf(line);
                lines.remove(index);
            }
        }

        @Override
        public void undo() {
            if (adding) {
                lines.remove(index);
            } else {
                lines.add(index, line);
            }
        }

        @Override
        public String description() {
            return describe(line);
        }
    }
}
