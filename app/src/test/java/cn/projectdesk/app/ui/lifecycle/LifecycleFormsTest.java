package cn.projectdesk.app.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.acceptance.AcceptanceKind;
import cn.projectdesk.core.acceptance.AcceptanceOutcome;
import cn.projectdesk.core.acceptance.AcceptanceView;
import cn.projectdesk.core.acceptance.CheckResult;
import cn.projectdesk.core.acceptance.ExpertRow;
import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.change.ChangeItemKind;
import cn.projectdesk.core.change.ChangeKind;
import cn.projectdesk.core.change.ChangeView;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.workflow.RequestStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The forms of the 生命周期 area: filing a change request, and an acceptance from plan to closed 整改 item (zh, en). */
class LifecycleFormsTest extends FxTest {
    private static final String SUPPLIER = "临江市第二建筑工程有限公司";

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

    private Shell open(int tab) throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "zhangwei"), Language.CHINESE, Section.LIFECYCLE);
        choose(tab);
        return shell;
    }

    private void choose(int tab) {
        ComboBox<ProjectSummary> project = robot.lookup("#lifecycle-project").queryComboBox();
        robot.interact(() -> project.setValue(project.getItems().stream().filter(p -> p.code().equals("LJ-2026-001"))
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#lifecycle-tabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ok() {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(ok.isDisabled()).as("OK enabled").isFalse();
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static cn.projectdesk.core.security.UserSession zhangwei;

    private static cn.projectdesk.core.security.UserSession zhangwei() {
        if (zhangwei == null) {
            zhangwei = DemoFolder.login(core, "zhangwei");
        }
        return zhangwei;
    }

    private ProjectSummary project() {
        return core.projects().findByCode(zhangwei(), "LJ-2026-001");
    }

    @Test
    void aChangeRequestIsComposedWithUndoableLinesAndSubmittedToTheWorkflow() throws Exception {
        Shell shell = open(1);
        int before = robot.lookup("#changes-table").queryTableView().getItems().size();
        List<TaskRow> tasks = core.tasks().tasks(zhangwei(), project().id()).stream()
                .filter(t -> !t.summary()).toList();

        click("#change-new");
        robot.interact(() -> {
            combo("#change-kind").setValue(ChangeKind.SCHEDULE);
            robot.lookup("#change-title").queryAs(TextField.class).setText("延长设备安装工期");
            robot.lookup("#change-reason").queryAs(TextArea.class).setText("设备到货推迟，需延长安装工期。");
            combo("#change-line-task").setValue(tasks.get(1));
        });
        click("#change-line-add");
        robot.interact(() -> combo("#change-line-kind").setValue(ChangeItemKind.PROJECT_BUDGET));
        robot.interact(() -> robot.lookup("#change-line-amount").queryAs(TextField.class).setText("not money"));
        click("#change-line-add");
        assertThat(robot.lookup("#change-line-problem").queryLabeled().getText()).isNotBlank();
        robot.interact(() -> robot.lookup("#change-line-amount").queryAs(TextField.class).setText("12,500,000.00"));
        click("#change-line-add");
        ListView<?> lines = robot.lookup("#change-lines").queryListView();
        assertThat(lines.getItems()).hasSize(2);
        robot.interact(() -> lines.getSelectionModel().select(0));
        click("#change-line-remove");
        assertThat(lines.getItems()).hasSize(1);
        click("#change-line-undo");
        assertThat(lines.getItems()).hasSize(2);
        Screenshots.save(lines.getScene(), "lifecycle-change-form-zh");
        ok();

        TableView<ChangeView> changes = robot.lookup("#changes-table").queryTableView();
        assertThat(changes.getItems()).hasSize(before + 1);
        ChangeView filed = changes.getItems().stream().filter(c -> c.title().equals("延长设备安装工期")).findFirst().orElseThrow();
        assertThat(filed.kind()).isEqualTo(ChangeKind.SCHEDULE);
        assertThat(filed.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(filed.items()).hasSize(2);
        Screenshots.save(shell.scene(), "lifecycle-changes-filed-zh");

        shell.switchLanguage(Language.ENGLISH, Section.LIFECYCLE, null);
        choose(1);
        click("#change-new");
        Screenshots.save(robot.lookup("#change-lines").queryListView().getScene(), "lifecycle-change-form-en");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#change-new").queryButton().getText()).startsWith("File a change request");
    }

    @Test
    void anAcceptanceIsPlannedPanelledScoredConcludedAndItsFixClosedWithArchiveEvidence() throws Exception {
        ArchiveDocumentRow record = core.ops().archive().add(zhangwei(), project().id(),
                new ArchiveDraft(LifecycleStage.IMPLEMENTATION, DocumentType.OTHER, "设备运行记录（整改后）", "运行记录.pdf",
                        AccessLevel.PROJECT, null), new ByteArrayInputStream("运行记录".getBytes(StandardCharsets.UTF_8)));
        Shell shell = open(2);

        click("#acceptance-new");
        robot.interact(() -> {
            robot.lookup("#acceptance-supplier").queryAs(TextField.class).setText(SUPPLIER);
            robot.lookup("#acceptance-checklist").queryAs(TextArea.class).setText("竣工资料齐全\n设备运行正常\n");
        });
        ok();
        TableView<AcceptanceView> list = robot.lookup("#acceptance-table").queryTableView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getSelectionModel().getSelectedItem().kind()).isEqualTo(AcceptanceKind.PRELIMINARY);

        click("#panel-seat");
        ComboBox<ExpertRow> experts = combo("#panel-expert");
        assertThat(experts.getItems()).extracting(ExpertRow::name).hasSize(7).doesNotContain("唐国强");
        robot.interact(() -> experts.setValue(experts.getItems().stream().filter(e -> e.name().equals("何志远"))
                .findFirst().orElseThrow()));
        Screenshots.save(experts.getScene(), "lifecycle-panel-form-zh");
        ok();
        assertThat(list.getSelectionModel().getSelectedItem().panel()).extracting(AcceptanceView.Panelist::name)
                .containsExactly("何志远");

        TableView<AcceptanceView.Check> checks = robot.lookup("#acceptance-checks").queryTableView();
        robot.interact(() -> checks.getSelectionModel().select(0));
        click("#check-record");
        ok();
        robot.interact(() -> checks.getSelectionModel().select(1));
        click("#check-record");
        robot.interact(() -> {
            combo("#check-result").setValue(CheckResult.FAIL);
            robot.lookup("#check-note").queryAs(TextArea.class).setText("缺少72小时试运行记录");
        });
        ok();
        assertThat(list.getSelectionModel().getSelectedItem().checks()).extracting(AcceptanceView.Check::result)
                .containsExactly(CheckResult.PASS, CheckResult.FAIL);

        TableView<AcceptanceView.Panelist> panel = robot.lookup("#acceptance-panel").queryTableView();
        robot.interact(() -> panel.getSelectionModel().select(0));
        click("#opinion-record");
        robot.interact(() -> {
            robot.lookup("#opinion-text").queryAs(TextArea.class).setText("主体合格，补齐试运行记录后通过。");
            robot.lookup("#opinion-score").queryAs(TextField.class).setText("82");
        });
        Screenshots.save(robot.lookup("#opinion-score").query().getScene(), "lifecycle-opinion-form-zh");
        ok();
        assertThat(list.getSelectionModel().getSelectedItem().panel().get(0).score()).isEqualByComparingTo("82");
        // undo takes the opinion back (the expert is unscored again); redo records it again
        robot.interact(() -> shell.window().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.lifecycle().acceptance().list(zhangwei(), project().id()).get(0).panel()
                .get(0).score()).isNull();
        robot.interact(() -> shell.window().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.lifecycle().acceptance().list(zhangwei(), project().id()).get(0).panel()
                .get(0).score()).isEqualByComparingTo("82");

        click("#acceptance-conclude");
        robot.interact(() -> {
            robot.lookup("#conclude-text").queryAs(TextArea.class).setText("基本合格，限期整改试运行记录。");
            robot.lookup("#conclude-due").queryAs(DatePicker.class).setValue(DemoFolder.TODAY.plusDays(20));
        });
        ok();
        AcceptanceView concluded = list.getSelectionModel().getSelectedItem();
        assertThat(concluded.outcome()).isEqualTo(AcceptanceOutcome.RECTIFY);
        assertThat(concluded.rectifications()).hasSize(1);
        assertThat(concluded.rectifications().get(0).ownerUsername()).isEqualTo("zhangwei");

        TableView<?> fixes = robot.lookup("#rectification-table").queryTableView();
        robot.interact(() -> fixes.getSelectionModel().select(0));
        click("#rectification-close");
        ComboBox<ArchiveDocumentRow> document = combo("#rectification-document");
        robot.interact(() -> document.setValue(document.getItems().stream().filter(d -> d.id().equals(record.id()))
                .findFirst().orElseThrow()));
        Screenshots.save(document.getScene(), "lifecycle-rectification-form-zh");
        ok();
        AcceptanceView closed = list.getSelectionModel().getSelectedItem();
        assertThat(closed.rectifications().get(0).open()).isFalse();
        assertThat(closed.rectifications().get(0).evidence()).contains(record.number(), "设备运行记录");
        Screenshots.save(shell.scene(), "lifecycle-acceptance-forms-zh");

        shell.switchLanguage(Language.ENGLISH, Section.LIFECYCLE, null);
        choose(2);
        robot.interact(() -> robot.lookup("#acceptance-table").queryTableView().getSelectionModel().select(0));
        Screenshots.save(robot.lookup("#acceptance-table").query().getScene(), "lifecycle-acceptance-forms-en");
        click("#acceptance-new");
        Screenshots.save(robot.lookup("#acceptance-checklist").query().getScene(), "lifecycle-acceptance-form-en");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
