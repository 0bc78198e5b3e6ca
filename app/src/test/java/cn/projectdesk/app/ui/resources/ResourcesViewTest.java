package cn.projectdesk.app.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.resource.DayLoad;
import cn.projectdesk.core.resource.OverallocationWarning;
import cn.projectdesk.core.resource.ResourceUsage;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's resources in both languages; a click on an over-allocated day lists the tasks behind it. */
class ResourcesViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession admin;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        admin = DemoFolder.login(core, "admin");
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void usageOfTheDemoResourcesAndTheTasksBehindARedBar() throws Exception {
        OverallocationWarning w = core.resources().overallocations(admin).stream()
                .filter(x -> x.resourceName().startsWith("赵工")).findFirst().orElseThrow();
        for (Language language : Language.values()) {
            String lang = language == Language.CHINESE ? "zh" : "en";
            Shell shell = Shell.open(core, admin, language, Section.RESOURCES);
            WaitForAsyncUtils.waitForFxEvents();
            ResourcesView view = shell.window().resourcesView();
            robot.interact(() -> {
                robot.lookup("#resources-from").queryAs(DatePicker.class).setValue(w.from().withDayOfMonth(1).minusMonths(1));
                robot.lookup("#resources-until").queryAs(DatePicker.class).setValue(w.from().withDayOfMonth(1).plusMonths(3).minusDays(1));
            });
            robot.clickOn("#resources-show");
            WaitForAsyncUtils.waitForFxEvents();
            // dates as the rest of the UI writes them, not the JVM locale's M/d/yyyy
            assertThat(robot.lookup("#resources-from").queryAs(DatePicker.class).getEditor().getText())
                    .isEqualTo(w.from().withDayOfMonth(1).minusMonths(1).toString());
            assertThat(robot.lookup("#resources-axis").queryAs(javafx.scene.canvas.Canvas.class).getHeight()).isPositive();
            TableView<?> table = robot.lookup("#resources-table").queryAs(TableView.class);
            assertThat(table.getItems()).hasSize(core.resources().list(admin).size());
            int lane = 0;
            while (!view.usage().get(lane).resource().id().equals(w.resourceId())) {
                lane++;
            }
            ResourceUsage zhao = view.usage().get(lane);
            DayLoad over = zhao.days().stream().filter(DayLoad::over).findFirst().orElseThrow();
            int zhaoLane = lane;
            robot.interact(() -> robot.lookup("#resources-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                    .setVvalue(zhaoLane / (double) Math.max(1, view.usage().size() - 1)));
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(view.screenPoint(zhaoLane, over.date()), MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> behind = robot.lookup("#resources-behind").queryAs(ListView.class);
            assertThat(behind.getItems()).hasSameSizeAs(zhao.bookingsOn(over.date())).hasSizeGreaterThanOrEqualTo(2);
            assertThat(robot.lookup("#resources-behind-title").queryLabeled().getText()).contains(zhao.resource().name());
            Screenshots.save(shell.scene(), "resources-" + lang);
        }
    }
}
