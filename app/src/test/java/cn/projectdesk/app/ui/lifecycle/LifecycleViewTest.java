package cn.projectdesk.app.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.lifecycle.GateItemStatus;
import cn.projectdesk.core.project.ProjectSummary;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The 生命周期 area on demo data: gate refusal and confirmation, acceptance, performance, changes, library (zh, en). */
class LifecycleViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private TabPane tabs() {
        return robot.lookup("#lifecycle-tabs").queryAs(TabPane.class);
    }

    private void tab(int index) {
        robot.interact(() -> tabs().getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSchoolProjectsGateAcceptanceAndEvaluation() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "zhengfang"), Language.CHINESE, Section.LIFECYCLE);
        ComboBox<ProjectSummary> project = robot.lookup("#lifecycle-project").queryComboBox();
        assertThat(project.getValue().code()).isEqualTo("XQ-2025-001");
        TableView<GateItemStatus> gate = robot.lookup("#stage-gate").queryTableView();
        assertThat(gate.getItems()).extracting(GateItemStatus::key)
                .containsExactly("APPROVAL:ACCEPTANCE", "DOCUMENT:ACCEPTANCE_REPORT");
        assertThat(gate.getItems()).extracting(GateItemStatus::met).containsOnly(false);
        Screenshots.save(shell.scene(), "lifecycle-stage-zh");

        robot.clickOn("#stage-advance");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dialog-message").queryAs(Label.class);
        assertThat(message.getText()).contains("评价", "验收申请已批准", "验收报告", "请在档案中“验收”阶段归档一份“验收报告”");
        Screenshots.save(message.getScene(), "lifecycle-refused-zh");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> gate.getSelectionModel().select(1));
        robot.clickOn("#stage-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#note-text").queryAs(TextArea.class).setText("验收报告 XQ-YS-2026-02"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gate.getItems().get(1).met()).isTrue();
        assertThat(gate.getItems().get(1).evidence()).contains("zhengfang", "XQ-YS-2026-02");

        tab(2);
        TableView<?> fixes = robot.lookup("#rectification-table").queryTableView();
        assertThat(fixes.getItems()).hasSize(2);
        assertThat(robot.lookup("#acceptance-panel").queryTableView().getItems()).hasSize(5);
        Screenshots.save(shell.scene(), "lifecycle-acceptance-zh");
        tab(3);
        Label total = robot.lookup("#performance-total").queryAs(Label.class);
        assertThat(total.getText()).contains("83.90", "良");
        Screenshots.save(shell.scene(), "lifecycle-performance-zh");

        // 延误天数 3 → 0 earns its 10 points (83.90 → 93.90, 优); undo puts the 3 back
        TableView<?> indicators = robot.lookup("#indicator-table").queryTableView();
        robot.interact(() -> indicators.getSelectionModel().select(2));
        robot.clickOn("#record-actual");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#note-text").queryAs(TextArea.class).setText("0"));
        DialogPane valuePane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) valuePane.lookupButton(valuePane.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#performance-total").queryAs(Label.class).getText()).contains("93.90", "优");
        robot.interact(() -> shell.window().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#performance-total").queryAs(Label.class).getText()).contains("83.90", "良");

        shell.switchLanguage(Language.ENGLISH, Section.LIFECYCLE, null);
        assertThat(robot.lookup("#stage-advance").queryButton().getText()).isEqualTo("Move to next stage");
        // the shipped checklist items are named in English, not by their Chinese labels
        assertThat(robot.lookup(n -> n instanceof Labeled l && "Acceptance request approved".equals(l.getText())).tryQuery())
                .isPresent();
        assertThat(robot.lookup(n -> n instanceof Labeled l && "验收申请已批准".equals(l.getText())).tryQuery()).isEmpty();
        Screenshots.save(shell.scene(), "lifecycle-stage-en");
        tab(2);
        Screenshots.save(shell.scene(), "lifecycle-acceptance-en");
        tab(3);
        assertThat(robot.lookup("#performance-total").queryAs(Label.class).getText()).contains("83.90", "Good");
        Screenshots.save(shell.scene(), "lifecycle-performance-en");
    }

    @Test
    void theDitchChangeAndTheProjectLibrary() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "wangqiang"), Language.CHINESE, Section.LIFECYCLE);
        ComboBox<ProjectSummary> project = robot.lookup("#lifecycle-project").queryComboBox();
        ProjectSummary roads = project.getItems().stream().filter(p -> p.code().equals("DQ-2026-001")).findFirst().orElseThrow();
        robot.interact(() -> project.setValue(roads));
        WaitForAsyncUtils.waitForFxEvents();
        tab(1);
        assertThat(robot.lookup("#changes-table").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#change-items").queryTableView().getItems()).hasSize(2);
        Screenshots.save(shell.scene(), "lifecycle-changes-zh");
        tab(4);
        TableView<?> library = robot.lookup("#library-table").queryTableView();
        assertThat(library.getItems()).hasSize(5);
        robot.interact(() -> library.getSelectionModel().select(0));
        assertThat(robot.lookup("#library-promote").queryButton().isDisabled()).isFalse();
        Screenshots.save(shell.scene(), "lifecycle-library-zh");

        shell.switchLanguage(Language.ENGLISH, Section.LIFECYCLE, null);
        ComboBox<ProjectSummary> again = robot.lookup("#lifecycle-project").queryComboBox();
        robot.interact(() -> again.setValue(again.getItems().stream().filter(p -> p.code().equals("DQ-2026-001"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        tab(1);
        Screenshots.save(shell.scene(), "lifecycle-changes-en");
        tab(4);
        Screenshots.save(shell.scene(), "lifecycle-library-en");
    }
}
