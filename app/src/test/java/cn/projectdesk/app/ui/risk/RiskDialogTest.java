package cn.projectdesk.app.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.chart.BarChart;
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

/** Project → Schedule risk on the open plan: P50/P80/P95, chance by the planned finish, histogram, critical tasks. */
class RiskDialogTest extends FxTest {
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
    void showsTheFinishDistributionInBothLanguages() throws Exception {
        ProjectSummary renovation = core.projects().findByCode(officer, "LJ-2026-001");
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            Shell shell = Shell.open(core, officer, language, Section.PROJECTS);
            robot.interact(() -> {
                shell.window().openPlan(renovation);
                MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
                MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu-risk".equals(i.getId())).findFirst().orElseThrow();
                assertThat(item.isDisable()).isFalse();
                item.fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                    && s.getScene().lookup("#risk-histogram") != null).findFirst().orElseThrow();
            Label p50 = (Label) dialog.getScene().lookup("#risk-p50");
            Label p95 = (Label) dialog.getScene().lookup("#risk-p95");
            assertThat(p50.getText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(p95.getText().compareTo(p50.getText())).isNotNegative();
            assertThat(((Label) dialog.getScene().lookup("#risk-probability")).getText()).contains("%");
            BarChart<?, ?> chart = (BarChart<?, ?>) dialog.getScene().lookup("#risk-histogram");
            assertThat(chart.getData().get(0).getData()).isNotEmpty();
            assertThat(((TableView<?>) dialog.getScene().lookup("#risk-critical")).getItems()).isNotEmpty();
            Screenshots.save(dialog.getScene(), "risk-" + language.name().toLowerCase(Locale.ROOT));
            robot.interact(dialog::close);
        }
    }
}
