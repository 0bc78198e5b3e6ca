package cn.projectdesk.app.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Project → Progress and earned value: baseline variance per task and the EV figures, in both languages. */
class EarnedValueDialogTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "zhangwei");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void showsVarianceAgainstTheLatestBaselineAndTheEarnedValueFigures() throws Exception {
        ProjectSummary renovation = core.projects().findByCode(officer, "LJ-2026-001");
        // a baseline, then a leaf made two working days longer: its duration variance is +2
        core.baselines().save(officer, renovation.id(), "批复基线");
        TaskRow leaf = core.tasks().tasks(officer, renovation.id()).stream()
                .filter(t -> !t.summary() && !t.milestone() && t.percentComplete() < 100).findFirst().orElseThrow();
        core.tasks().setDuration(officer, leaf.id(), leaf.durationDays() + 2);
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            Shell shell = Shell.open(core, officer, language, Section.PROJECTS);
            robot.interact(() -> {
                shell.window().openPlan(renovation);
                MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
                MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu-earned-value".equals(i.getId())).findFirst().orElseThrow();
                assertThat(item.isDisable()).isFalse();
                item.fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                    && s.getScene().lookup("#ev-tasks") != null).findFirst().orElseThrow();
            ComboBox<?> baseline = (ComboBox<?>) dialog.getScene().lookup("#ev-baseline");
            assertThat(baseline.getValue()).isNotNull();
            for (String figure : new String[] {"pv", "ev", "ac", "sv", "cv", "eac", "bac"}) {
                assertThat(text(dialog, "#ev-" + figure)).as(figure).startsWith("¥");
            }
            assertThat(text(dialog, "#ev-spi")).matches("\\d+\\.\\d{2}|—");
            assertThat(text(dialog, "#ev-status-date")).matches("\\d{4}-\\d{2}-\\d{2}");
            TableView<?> table = (TableView<?>) dialog.getScene().lookup("#ev-tasks");
            ProgressReport.Row row = table.getItems().stream().map(ProgressReport.Row.class::cast)
                    .filter(r -> r.taskId().equals(leaf.id())).findFirst().orElseThrow();
            assertThat(row.progress().durationVariance()).isEqualTo(2);
            // the figures are the service's: the window shows them, it does not compute its own
            ProgressReport report = core.progress().report(officer, renovation.id(), null);
            assertThat(text(dialog, "#ev-pv")).isEqualTo(String.format(Locale.ROOT, "¥%,.2f", report.totals().earnedValue().pv()));
            Screenshots.save(dialog.getScene(), "earned-value-" + (language == Language.CHINESE ? "zh" : "en"));
            robot.interact(dialog::close);
        }
    }

    private static String text(Stage dialog, String id) {
        return ((Label) dialog.getScene().lookup(id)).getText();
    }
}
