package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The task dialog opened by a double-click on a bar or a row: name, duration, % complete and
 * predecessors. Each changed field becomes its own undoable command.
 */
final class TaskDialog {
    private TaskDialog() {
    }

    static void show(Window owner, GanttViewModel model, GanttRow row) {
        Messages messages = model.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("gantt.task.title", row.wbsCode()));
        TextField name = new TextField(row.name());
        name.setId("gantt-task-name");
        Spinner<Integer> duration = new Spinner<>(row.milestone() ? 0 : 1, 10_000, row.durationDays());
        duration.setEditable(true);
        duration.setId("gantt-task-duration");
        Spinner<Integer> percent = new Spinner<>(0, 100, row.percentComplete(), 5);
        percent.setEditable(true);
        percent.setId("gantt-task-percent");
        TextField predecessors = new TextField(row.predecessors());
        predecessors.setId("gantt-task-predecessors");
        boolean leaf = !row.summary();
        duration.setDisable(!leaf || !model.canEdit());
        percent.setDisable(!leaf || !model.canEdit());
        name.setEditable(model.canEdit());
        predecessors.setEditable(model.canEdit());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("gantt.column.name")), name);
        grid.addRow(1, new Label(messages.get("wbs.column.duration")), duration);
        grid.addRow(2, new Label(messages.get("wbs.column.percent")), percent);
        grid.addRow(3, new Label(messages.get("wbs.column.predecessors")), predecessors);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Styles.install(dialog.getDialogPane());
        dialog.showAndWait().filter(b -> b == ButtonType.OK && model.canEdit()).ifPresent(b -> {
            model.rename(row, name.getText());
            if (leaf) {
                model.setDuration(row, duration.getValue());
                model.setPercentComplete(row, percent.getValue());
            }
            model.setPredecessors(row, predecessors.getText());
        });
    }
}
