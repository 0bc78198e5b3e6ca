package cn.projectdesk.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskDetails;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The task dialog's constraint, estimate and progress parts: validation, saving, rescheduling and undo. */
class TaskDialogTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession admin;
    static ProjectSummary project;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        admin = DemoFolder.login(core, "admin");
        project = core.projects().list(admin).stream().filter(p -> p.code().startsWith("LJ-")).skip(1).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void bothLanguagesShowEveryPart() throws Exception {
        for (Language language : Language.values()) {
            GanttRow leaf = openDialogOnFirstLeaf(language);
            TaskConstraint before = core.tasks().details(admin, leaf.id()).constraint();
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            ComboBox<ConstraintType> type = combo();
            assertThat(type.getItems()).hasSize(8);
            robot.interact(() -> type.setValue(ConstraintType.MFO));
            robot.interact(() -> robot.lookup("#gantt-task-constraint-date").queryAs(DatePicker.class).setValue(null));
            Screenshots.save(pane.getScene(), "task-dialog-" + (language == Language.CHINESE ? "zh" : "en"));
            assertThat(robot.lookup("#gantt-task-error").queryAs(Label.class).getText()).isNotBlank();
            robot.clickOn(pane.lookupButton(button(pane, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(core.tasks().details(admin, leaf.id()).constraint()).isEqualTo(before);
        }
    }

    @Test
    void constraintEstimateAndProgressAreSavedRescheduledAndUndoable() throws Exception {
        GanttRow leaf = openDialogOnFirstLeaf(Language.ENGLISH);
        TaskDetails before = core.tasks().details(admin, leaf.id());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(button(pane, javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        Label error = robot.lookup("#gantt-task-error").queryAs(Label.class);

        // a must-finish-on without a date is named and blocks OK
        robot.interact(() -> combo().setValue(ConstraintType.MFO));
        DatePicker constraintDate = robot.lookup("#gantt-task-constraint-date").queryAs(DatePicker.class);
        robot.interact(() -> constraintDate.setValue(null));
        assertThat(error.getText()).isEqualTo("This constraint type needs a date.");
        assertThat(ok.isDisabled()).isTrue();
        LocalDate finishOn = leaf.finish().plusDays(14);
        robot.interact(() -> constraintDate.setValue(finishOn));
        assertThat(ok.isDisabled()).isFalse();

        // estimates out of order are named too
        robot.interact(() -> robot.lookup("#gantt-task-estimate-on").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> spinner("#gantt-task-optimistic").getValueFactory().setValue(9));
        robot.interact(() -> spinner("#gantt-task-most-likely").getValueFactory().setValue(5));
        assertThat(error.getText()).contains("optimistic ≤ most likely");
        robot.interact(() -> spinner("#gantt-task-optimistic").getValueFactory().setValue(3));
        robot.interact(() -> spinner("#gantt-task-pessimistic").getValueFactory().setValue(12));

        // progress: 50 % with an actual start; the remaining duration follows the % complete
        Spinner<Integer> percent = spinner("#gantt-task-percent");
        robot.interact(() -> percent.getValueFactory().setValue(50));
        int duration = spinner("#gantt-task-duration").getValue();
        assertThat(spinner("#gantt-task-remaining").getValue()).isEqualTo(duration - (duration * 50 + 50) / 100);
        LocalDate started = leaf.start();
        robot.interact(() -> robot.lookup("#gantt-task-actual-start").queryAs(DatePicker.class).setValue(started));
        robot.interact(() -> robot.lookup("#gantt-task-actual-finish").queryAs(DatePicker.class).setValue(started.plusDays(1)));
        assertThat(error.getText()).isEqualTo("An actual finish means the task is 100 % complete.");
        robot.interact(() -> robot.lookup("#gantt-task-actual-finish").queryAs(DatePicker.class).setValue(null));
        assertThat(error.getText()).isEmpty();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        TaskDetails after = core.tasks().details(admin, leaf.id());
        assertThat(after.constraint()).isEqualTo(new TaskConstraint(ConstraintType.MFO, finishOn));
        assertThat(after.estimate()).isEqualTo(new DurationEstimate(3, 5, 12));
        assertThat(after.percentComplete()).isEqualTo(50);
        assertThat(after.actualStart()).isEqualTo(started);
        // rescheduled: a must-finish-on holds the finish on that day (or the working day before it)
        LocalDate finish = task(leaf).finish();
        assertThat(finish).isAfter(leaf.finish()).isBeforeOrEqualTo(finishOn);

        // three commands, undone one by one: progress, estimate, constraint
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        robot.interact(chart::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.tasks().details(admin, leaf.id()).percentComplete()).isEqualTo(before.percentComplete());
        assertThat(core.tasks().details(admin, leaf.id()).actualStart()).isEqualTo(before.actualStart());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.tasks().details(admin, leaf.id()).estimate()).isEqualTo(before.estimate());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.tasks().details(admin, leaf.id()).constraint()).isEqualTo(before.constraint());
        assertThat(task(leaf).finish()).isEqualTo(leaf.finish());
    }

    private GanttRow openDialogOnFirstLeaf(Language language) throws Exception {
        Shell shell = Shell.open(core, admin, language, Section.PROJECTS);
        robot.interact(() -> shell.window().openGantt(project));
        WaitForAsyncUtils.waitForFxEvents();
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        GanttRow leaf = chart.model().rows().stream().filter(r -> !r.summary() && !r.milestone() && r.percentComplete() == 0)
                .findFirst().orElseThrow();
        int row = chart.model().indexOf(leaf.id());
        robot.interact(() -> chart.selectRow(row));
        robot.doubleClickOn(chart.tableScreenPoint(row), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        return leaf;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ConstraintType> combo() {
        return robot.lookup("#gantt-task-constraint-type").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner(String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static TaskRow task(GanttRow row) {
        return core.tasks().tasks(admin, project.id()).stream().filter(t -> t.id().equals(row.id())).findFirst().orElseThrow();
    }

    /** The dialog's button with this role (the buttons are worded in the window's language, not JavaFX's). */
    private static javafx.scene.control.ButtonType button(javafx.scene.control.DialogPane pane,
                                                          javafx.scene.control.ButtonBar.ButtonData data) {
        return pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst().orElseThrow();
    }
}
