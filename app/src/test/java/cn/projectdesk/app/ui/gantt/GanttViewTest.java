package cn.projectdesk.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.layout.Bar;
import cn.projectdesk.app.ui.gantt.layout.BarGeometry;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.ZoomLevel;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The demo projects' Gantt at every zoom level in both languages, and editing on the chart. */
class GanttViewTest extends FxTest {
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
    void everyZoomLevelInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            Shell shell = openGantt(language);
            String lang = language == Language.CHINESE ? "zh" : "en";
            GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
            assertThat(chart.model().rowCount()).isEqualTo(core.tasks().tasks(admin, project.id()).size());
            Screenshots.save(shell.scene(), "gantt-fit-" + lang);
            robot.clickOn("#gantt-critical");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(chart.model().rows()).anyMatch(GanttRow::critical);
            Screenshots.save(shell.scene(), "gantt-critical-" + lang);
            robot.clickOn("#gantt-critical");
            for (ZoomLevel level : ZoomLevel.values()) {
                robot.clickOn("#gantt-zoom-" + level.name().toLowerCase(Locale.ROOT));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(chart.scale().pxPerDay()).isEqualTo(level.pxPerDay());
                robot.interact(() -> chart.scrollToDate(chart.model().start()));
                Screenshots.save(shell.scene(), "gantt-" + level.name().toLowerCase(Locale.ROOT) + "-" + lang);
            }
        }
    }

    @Test
    void milestonesOfAllProjects() throws Exception {
        for (Language language : Language.values()) {
            Shell shell = Shell.open(core, admin, language, Section.MILESTONES);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#milestones-count").queryLabeled().getText()).matches(".*\\d+.*");
            Screenshots.save(shell.scene(), "milestones-" + (language == Language.CHINESE ? "zh" : "en"));
        }
    }

    @Test
    void keyboardAndMouseEditsAreUndoable() throws Exception {
        Shell shell = openGantt(Language.CHINESE);
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        robot.clickOn("#gantt-zoom-days");
        GanttRow leaf = chart.model().rows().stream().filter(r -> !r.summary() && !r.milestone() && r.percentComplete() < 50)
                .findFirst().orElseThrow();
        int row = chart.model().indexOf(leaf.id());
        robot.interact(() -> {
            chart.selectRow(row);
            chart.scrollToDate(leaf.finish());
            chart.requestFocus();
        });
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).durationDays()).isEqualTo(leaf.durationDays() + 1);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).durationDays()).isEqualTo(leaf.durationDays());

        // Drag the finish handle two days to the right: two more working days at most.
        Bar bar = bar(chart, leaf);
        Point2D end = chart.screenPoint(bar.right() - 1, bar.midY());
        robot.drag(end, MouseButton.PRIMARY).moveBy(2 * chart.scale().pxPerDay(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).durationDays()).isBetween(leaf.durationDays() + 1, leaf.durationDays() + 2);
        Screenshots.save(shell.scene(), "gantt-edited-zh");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).durationDays()).isEqualTo(leaf.durationDays());

        // Drag the progress edge (lower half of the bar) to the bar's middle: 50 % (± one 5 % step for pixel rounding).
        robot.clickOn("#gantt-zoom-weeks");
        robot.interact(() -> chart.scrollToDate(leaf.start()));
        bar = bar(chart, leaf);
        Point2D progress = chart.screenPoint(bar.progressX(leaf.percentComplete()) + 1, bar.midY() + 3);
        robot.drag(progress, MouseButton.PRIMARY).moveTo(chart.screenPoint(bar.x() + bar.width() / 2, bar.midY() + 3))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).percentComplete()).isBetween(45, 55);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).percentComplete()).isEqualTo(leaf.percentComplete());
    }

    @Test
    void draggingABarAlongItsRowMovesItAndUndoPutsItBack() throws Exception {
        Shell shell = openGantt(Language.CHINESE);
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        robot.clickOn("#gantt-zoom-days");
        GanttRow linked = chart.model().rows().stream()
                .filter(r -> !r.summary() && !r.milestone() && !r.predecessors().isBlank() && r.durationDays() >= 3)
                .findFirst().orElseThrow();
        int row = chart.model().indexOf(linked.id());
        robot.interact(() -> {
            chart.selectRow(row);
            chart.scrollToDate(linked.start());
        });
        Bar bar = bar(chart, linked);
        // A week later, so that the new start is the same weekday (a working day unless a holiday intervenes).
        robot.drag(chart.screenPoint(bar.x() + 2 * chart.scale().pxPerDay() + 3, bar.y() + 3), MouseButton.PRIMARY)
                .moveBy(7 * chart.scale().pxPerDay(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        java.time.LocalDate moved = linked.start().plusDays(7);
        assertThat(core.tasks().constraints(admin, project.id()).get(linked.id()))
                .isEqualTo(cn.projectdesk.core.project.TaskConstraint.startNoEarlierThan(moved));
        assertThat(task(linked).start()).isAfterOrEqualTo(moved);
        Screenshots.save(shell.scene(), "gantt-moved-zh");
        robot.interact(chart::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(linked).start()).isEqualTo(linked.start());
        assertThat(core.tasks().constraints(admin, project.id())).doesNotContainKey(linked.id());
    }

    @Test
    void savingABaselineAndMovingTheStatusDateAreUndoable() throws Exception {
        Shell shell = openGantt(Language.ENGLISH);
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        int before = core.baselines().list(admin, project.id()).size();
        robot.clickOn("#gantt-save-baseline");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#gantt-baseline-name").queryAs(javafx.scene.control.TextField.class).setText("After the drag test"));
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(pane.lookupButton(button(pane, javafx.scene.control.ButtonBar.ButtonData.OK_DONE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.baselines().list(admin, project.id())).hasSize(before + 1)
                .anyMatch(b -> b.name().equals("After the drag test"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<cn.projectdesk.core.progress.BaselineSummary> chooser =
                robot.lookup("#gantt-baseline").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(chooser.getValue().name()).isEqualTo("After the drag test");
        // The plan was just saved: every scheduled task's baseline bar is where its bar is.
        assertThat(chart.model().rows()).filteredOn(GanttRow::scheduled)
                .allMatch(r -> r.start().equals(r.baselineStart()) && r.finish().equals(r.baselineFinish()));

        javafx.scene.control.DatePicker status = robot.lookup("#gantt-status-date").queryAs(javafx.scene.control.DatePicker.class);
        java.time.LocalDate shown = status.getValue();
        java.time.LocalDate earlier = shown.minusMonths(2);
        robot.interact(() -> status.setValue(earlier));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.progress().report(admin, project.id(), null).statusDate()).isEqualTo(earlier);
        Screenshots.save(shell.scene(), "gantt-baseline-status-en");
        robot.interact(chart::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.progress().report(admin, project.id(), null).statusDate()).isEqualTo(shown);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.baselines().list(admin, project.id())).hasSize(before);
    }

    @Test
    void draggingOneBarOntoAnotherLinksThem() throws Exception {
        openGantt(Language.ENGLISH);
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        robot.clickOn("#gantt-fit");
        GanttModel model = chart.model();
        // Two leaves without a link between them: the later one gets the earlier one as predecessor.
        GanttRow from = null;
        GanttRow to = null;
        for (GanttRow a : model.rows()) {
            for (GanttRow b : model.rows()) {
                if (!a.summary() && !b.summary() && !a.milestone() && !b.milestone() && model.indexOf(b.id()) > model.indexOf(a.id()) + 1
                        && b.start().isAfter(a.finish()) && !b.predecessors().contains(a.wbsCode()) && to == null
                        && !a.wbsCode().startsWith(b.wbsCode())) {
                    from = a;
                    to = b;
                }
            }
        }
        assertThat(to).isNotNull();
        Bar a = bar(chart, from);
        Bar b = bar(chart, to);
        robot.drag(chart.screenPoint(a.x() + a.width() / 2, a.y() + 2), MouseButton.PRIMARY)
                .moveTo(chart.screenPoint(b.x() + b.width() / 2, b.y() + 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(to).predecessors()).contains(from.wbsCode());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(to).predecessors()).isEqualTo(to.predecessors());
    }

    @Test
    void doubleClickOpensTheTaskDialogWhoseChangesAreUndoable() throws Exception {
        openGantt(Language.ENGLISH);
        GanttChartPane chart = robot.lookup("#gantt-chart").queryAs(GanttChartPane.class);
        GanttRow leaf = chart.model().rows().stream().filter(r -> !r.summary() && !r.milestone()).findFirst().orElseThrow();
        int row = chart.model().indexOf(leaf.id());
        robot.interact(() -> chart.selectRow(row));
        robot.doubleClickOn(chart.tableScreenPoint(row), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField name = robot.lookup("#gantt-task-name").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo(leaf.name());
        robot.interact(() -> name.setText("Renamed on the chart"));
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(pane.lookupButton(button(pane, javafx.scene.control.ButtonBar.ButtonData.OK_DONE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).name()).isEqualTo("Renamed on the chart");
        robot.interact(chart::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task(leaf).name()).isEqualTo(leaf.name());
    }

    private Shell openGantt(Language language) throws Exception {
        Shell shell = Shell.open(core, admin, language, Section.PROJECTS);
        robot.interact(() -> shell.window().openGantt(project));
        WaitForAsyncUtils.waitForFxEvents();
        return shell;
    }

    private static Bar bar(GanttChartPane chart, GanttRow row) {
        GanttRow fresh = chart.model().row(chart.model().indexOf(row.id()));
        return new BarGeometry(chart.scale(), chart.metrics()).bar(fresh, chart.model().indexOf(row.id()));
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
