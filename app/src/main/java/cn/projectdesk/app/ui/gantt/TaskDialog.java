package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.progress.ProgressState;
import cn.projectdesk.core.progress.RemainingDuration;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskDetails;
import cn.projectdesk.core.project.TaskService;
import cn.projectdesk.core.schedule.ConstraintType;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The task dialog opened by a double-click on a bar or a row: name, duration and predecessors; the
 * date constraint (all eight types); the three-point estimate; progress (% complete, actual dates,
 * remaining duration). Each changed part becomes its own undoable command; fields that do not fit
 * together are named under the form and OK stays disabled until they do.
 */
final class TaskDialog {
    private final Messages messages;
    private final TaskDetails details;
    private final TextField name;
    private final Spinner<Integer> duration;
    private final TextField predecessors;
    private final ComboBox<ConstraintType> constraintType = new ComboBox<>();
    private final DatePicker constraintDate = IsoDateConverter.apply(new DatePicker());
    private final CheckBox estimateOn = new CheckBox();
    private final Spinner<Integer> optimistic;
    private final Spinner<Integer> mostLikely;
    private final Spinner<Integer> pessimistic;
    private final Spinner<Integer> percent;
    private final DatePicker actualStart = IsoDateConverter.apply(new DatePicker());
    private final DatePicker actualFinish = IsoDateConverter.apply(new DatePicker());
    private final Spinner<Integer> remaining;
    private final Label error = new Label();
    private boolean linking;

    private TaskDialog(Messages messages, GanttRow row, TaskDetails details) {
        this.messages = messages;
        this.details = details;
        name = new TextField(row.name());
        duration = spinner(row.milestone() ? 0 : 1, row.durationDays(), 1);
        predecessors = new TextField(row.predecessors());
        DurationEstimate e = details.estimate();
        int days = details.durationDays();
        optimistic = spinner(0, e == null ? days : e.optimisticDays(), 1);
        mostLikely = spinner(0, e == null ? days : e.mostLikelyDays(), 1);
        pessimistic = spinner(0, e == null ? days : e.pessimisticDays(), 1);
        estimateOn.setSelected(e != null);
        percent = spinner(0, details.percentComplete(), 5);
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) percent.getValueFactory()).setMax(100);
        remaining = spinner(0, new RemainingDuration(days, details.percentComplete()).remainingDays(), 1);
        constraintType.getItems().setAll(ConstraintType.values());
        constraintType.setValue(details.constraint().type());
        constraintType.setButtonCell(new ConstraintCell());
        constraintType.setCellFactory(list -> new ConstraintCell());
        constraintDate.setValue(details.constraint().date());
        actualStart.setValue(details.actualStart());
        actualFinish.setValue(details.actualFinish());
        ids();
    }

    static void show(Window owner, GanttViewModel model, GanttRow row, TaskDetails details) {
        TaskDialog form = new TaskDialog(model.messages(), row, details);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.messages().format("gantt.task.title", row.wbsCode()));
        dialog.getDialogPane().setContent(form.layout(model.canEdit(), !row.summary()));
        ButtonType okType = Dialogs.ok(model.messages());
        dialog.getDialogPane().getButtonTypes().setAll(okType, Dialogs.cancel(model.messages()));
        Styles.install(dialog.getDialogPane());
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        form.watch(ok);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (form.problem().isPresent()) {
                event.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == okType && model.canEdit()).ifPresent(b -> form.save(model, row));
    }

    private Node layout(boolean editable, boolean leaf) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, label("gantt.column.name"), name);
        grid.addRow(r++, label("wbs.column.duration"), duration);
        grid.addRow(r++, label("wbs.column.predecessors"), predecessors);
        grid.add(section("task.dialog.section.constraint"), 0, r++, 2, 1);
        grid.addRow(r++, label("task.dialog.constraint.type"), constraintType);
        grid.addRow(r++, label("task.dialog.constraint.date"), constraintDate);
        grid.add(section("task.dialog.section.estimate"), 0, r++, 2, 1);
        grid.add(estimateOn, 0, r++, 2, 1);
        grid.addRow(r++, label("task.dialog.estimate.optimistic"), optimistic);
        grid.addRow(r++, label("task.dialog.estimate.mostLikely"), mostLikely);
        grid.addRow(r++, label("task.dialog.estimate.pessimistic"), pessimistic);
        grid.add(section("task.dialog.section.progress"), 0, r++, 2, 1);
        grid.addRow(r++, label("wbs.column.percent"), percent);
        grid.addRow(r++, label("task.dialog.progress.actualStart"), actualStart);
        grid.addRow(r++, label("task.dialog.progress.actualFinish"), actualFinish);
        grid.addRow(r++, label("task.dialog.progress.remaining"), remaining);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        grid.add(error, 0, r, 2, 1);
        estimateOn.setText(messages.get("task.dialog.estimate.on"));
        name.setEditable(editable);
        predecessors.setEditable(editable);
        boolean leafEdits = editable && leaf;
        for (Node n : new Node[] {duration, constraintType, estimateOn, percent, actualStart, actualFinish, remaining}) {
            n.setDisable(!leafEdits);
        }
        constraintDate.disableProperty().bind(constraintType.valueProperty().map(t -> !leafEdits || !t.needsDate()));
        for (Spinner<Integer> s : java.util.List.of(optimistic, mostLikely, pessimistic)) {
            s.disableProperty().bind(estimateOn.selectedProperty().not().or(estimateOn.disableProperty()));
        }
        return grid;
    }

    /** Keeps duration, % complete and remaining duration in step, and the error line and OK up to date. */
    private void watch(Button ok) {
        remaining.valueProperty().addListener((o, was, now) -> link(() -> {
            RemainingDuration next = new RemainingDuration(duration.getValue(), percent.getValue()).withRemaining(now);
            duration.getValueFactory().setValue(Math.max(next.durationDays(), 0));
            percent.getValueFactory().setValue(next.percentComplete());
        }));
        Runnable remainingFromPlan = () -> link(() -> remaining.getValueFactory()
                .setValue(new RemainingDuration(duration.getValue(), percent.getValue()).remainingDays()));
        duration.valueProperty().addListener((o, was, now) -> remainingFromPlan.run());
        percent.valueProperty().addListener((o, was, now) -> remainingFromPlan.run());
        Runnable validate = () -> {
            Optional<TaskEdits.Problem> problem = problem();
            error.setText(problem.map(p -> messages.get(p.key())).orElse(""));
            ok.setDisable(problem.isPresent());
        };
        for (javafx.beans.value.ObservableValue<?> v : java.util.List.of(constraintType.valueProperty(),
                constraintDate.valueProperty(), estimateOn.selectedProperty(), optimistic.valueProperty(),
                mostLikely.valueProperty(), pessimistic.valueProperty(), percent.valueProperty(),
                actualStart.valueProperty(), actualFinish.valueProperty())) {
            v.addListener((o, was, now) -> validate.run());
        }
        validate.run();
    }

    private void link(Runnable change) {
        if (linking) {
            return;
        }
        linking = true;
        try {
            change.run();
        } finally {
            linking = false;
        }
    }

    Optional<TaskEdits.Problem> problem() {
        int[] estimate = estimateOn.isSelected()
                ? new int[] {optimistic.getValue(), mostLikely.getValue(), pessimistic.getValue()} : null;
        return TaskEdits.check(constraintType.getValue(), constraintDate.getValue(), estimate, percent.getValue(),
                actualStart.getValue(), actualFinish.getValue());
    }

    /** One command per changed part, in an order where each sees the one before (duration, then progress). */
    private void save(GanttViewModel model, GanttRow row) {
        model.rename(row, name.getText());
        if (!row.summary()) {
            model.setDuration(row, duration.getValue());
            ConstraintType type = constraintType.getValue();
            model.setConstraint(row, details.constraint(), new TaskConstraint(type, type.needsDate() ? constraintDate.getValue() : null));
            DurationEstimate estimate = estimateOn.isSelected()
                    ? new DurationEstimate(optimistic.getValue(), mostLikely.getValue(), pessimistic.getValue()) : null;
            model.setEstimate(row, details.estimate(), estimate);
            model.setProgress(row, new ProgressState(details.percentComplete(), details.actualStart(), details.actualFinish()),
                    new ProgressState(percent.getValue(), actualStart.getValue(), actualFinish.getValue()));
        }
        model.setPredecessors(row, predecessors.getText());
    }

    private void ids() {
        name.setId("gantt-task-name");
        duration.setId("gantt-task-duration");
        predecessors.setId("gantt-task-predecessors");
        constraintType.setId("gantt-task-constraint-type");
        constraintDate.setId("gantt-task-constraint-date");
        estimateOn.setId("gantt-task-estimate-on");
        optimistic.setId("gantt-task-optimistic");
        mostLikely.setId("gantt-task-most-likely");
        pessimistic.setId("gantt-task-pessimistic");
        percent.setId("gantt-task-percent");
        actualStart.setId("gantt-task-actual-start");
        actualFinish.setId("gantt-task-actual-finish");
        remaining.setId("gantt-task-remaining");
        error.setId("gantt-task-error");
    }

    private static Spinner<Integer> spinner(int min, int value, int step) {
        Spinner<Integer> s = new Spinner<>(min, TaskService.MAX_DURATION_DAYS, Math.max(min, value), step);
        s.setEditable(true);
        s.setPrefWidth(120);
        return s;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private Label section(String key) {
        Label l = label(key);
        l.getStyleClass().add("section-title");
        return l;
    }

    private final class ConstraintCell extends ListCell<ConstraintType> {
        @Override
        protected void updateItem(ConstraintType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("gantt.constraint." + item.name().toLowerCase(Locale.ROOT)));
        }
    }
}
