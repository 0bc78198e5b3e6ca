package cn.projectdesk.app.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.dashboard.DashboardView;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningStatus;
import cn.projectdesk.core.security.UserSession;
import eu.hansolo.tilesfx.Tile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The warnings centre, archive, dashboard and home inbox in Chinese and English, with screenshots. */
class OpsScreensTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;
    static UserSession deputy;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "zhangwei");
        deputy = DemoFolder.login(core, "wangqiang");
        UUID project = core.projects().findByCode(officer, "LJ-2026-001").id();
        core.ops().archive().add(officer, project, new ArchiveDraft(LifecycleStage.PROPOSAL, DocumentType.FEASIBILITY,
                "可行性研究报告", "可研报告.pdf", AccessLevel.PROJECT, "专家评审通过"), text("可研"));
        core.ops().archive().add(officer, project, new ArchiveDraft(LifecycleStage.IMPLEMENTATION, DocumentType.CONTRACT,
                "施工总承包合同", "施工合同.pdf", AccessLevel.RESTRICTED, null), text("合同"));
        core.ops().archive().add(officer, project, new ArchiveDraft(LifecycleStage.IMPLEMENTATION, DocumentType.PROGRESS,
                "十一月进度月报", "进度月报-11.docx", AccessLevel.PROJECT, null), text("月报"));
        core.ops().warnings().evaluate(deputy);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void warningsCentreListsAndAcknowledges() throws Exception {
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.WARNINGS);
        TableView<WarningRow> table = robot.lookup("#warnings-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty().allMatch(w -> w.projectCode().startsWith("LJ-"));
        Screenshots.save(shell.scene(), "warnings-zh");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#warnings-acknowledge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).anyMatch(w -> w.status() == WarningStatus.ACKNOWLEDGED);
        shell.switchLanguage(Language.ENGLISH, Section.WARNINGS, null);
        Screenshots.save(shell.scene(), "warnings-en");
    }

    @Test
    void archiveShowsNumberedDocumentsAndSearches() throws Exception {
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.ARCHIVE);
        TableView<?> table = robot.lookup("#archive-table").queryTableView();
        robot.interact(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
        Screenshots.save(shell.scene(), "archive-zh");
        robot.clickOn("#archive-search").write("专家评审").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        shell.switchLanguage(Language.ENGLISH, Section.ARCHIVE, null);
        Screenshots.save(shell.scene(), "archive-en");
    }

    @Test
    void dashboardShowsTilesDrillsDownAndExports() throws Exception {
        Shell shell = Shell.open(core, deputy, Language.CHINESE, Section.DASHBOARD);
        Tile projects = robot.lookup("#dashboard-tile-projects").queryAs(Tile.class);
        assertThat(projects.getValue()).isEqualTo(6.0);
        assertThat(robot.lookup("#dashboard-tile-budget").queryAs(Tile.class).getValue()).isEqualTo(31.09);
        robot.clickOn("#dashboard-tile-projects");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dashboard-drill").queryTableView().getItems()).hasSize(6);
        Screenshots.save(shell.scene(), "dashboard-zh");
        Path png = folder.resolve("dashboard.png");
        Path pdf = folder.resolve("dashboard.pdf");
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup("#dashboard").query();
            DashboardView.exportOf(node).accept(png, "png");
            DashboardView.exportOf(node).accept(pdf, "pdf");
        });
        assertThat(Files.size(png)).isPositive();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        shell.switchLanguage(Language.ENGLISH, Section.DASHBOARD, null);
        Screenshots.save(shell.scene(), "dashboard-en");
    }

    @Test
    void homeShowsApprovalsWarningsAndRecentProjects() throws Exception {
        Shell shell = Shell.open(core, officer, Language.CHINESE, Section.HOME);
        assertThat(robot.lookup("#home-warnings").queryTableView().getItems()).isNotEmpty();
        Screenshots.save(shell.scene(), "home-inbox-zh");
        shell.switchLanguage(Language.ENGLISH, Section.HOME, null);
        Screenshots.save(shell.scene(), "home-inbox-en");
    }
}
