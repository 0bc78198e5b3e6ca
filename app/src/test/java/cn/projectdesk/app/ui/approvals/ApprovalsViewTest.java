package cn.projectdesk.app.ui.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestStatus;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The approvals screen: inboxes, history, a decision with an opinion, and the form's print preview. */
class ApprovalsViewTest extends FxTest {
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

    @Test
    void aSectionChiefApprovesFromTheInboxAndPreviewsTheForm() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "lina"), Language.CHINESE, Section.APPROVALS);
        TableView<ApprovalRequestView> table = robot.lookup("#approvals-table").queryTableView();
        assertThat(table.getItems()).extracting(ApprovalRequestView::title).containsExactly("老旧小区改造设计费尾款");
        ListView<?> timeline = robot.lookup("#approval-timeline").queryListView();
        assertThat(timeline.getItems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#approval-approve").query().isDisabled()).isFalse();
        Screenshots.save(shell.scene(), "approvals-zh");

        robot.clickOn("#approval-approve");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#opinion-text").queryTextInputControl();
        robot.interact(() -> robot.lookup("#opinion-text").queryTextInputControl().setText("已核对发票金额，同意。"));
        robot.clickOn("#opinion-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        ApprovalRequestView after = core.approvals().list(DemoFolder.login(core, "lina")).stream()
                .filter(r -> r.title().equals("老旧小区改造设计费尾款")).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(core.approvals().history(DemoFolder.login(core, "lina"), after.id()))
                .anyMatch(e -> "已核对发票金额，同意。".equals(e.opinion()));

        robot.clickOn("#inbox-done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ApprovalRequestView::title).contains("老旧小区改造设计费尾款");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.title().equals("老旧小区改造设计费尾款")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#approval-approve").query().isDisabled()).isTrue();

        robot.clickOn("#approval-print");
        WaitForAsyncUtils.waitForFxEvents();
        Node pages = robot.lookup("#form-preview-pages").query();
        assertThat(robot.lookup("#form-preview-info").queryAs(Label.class).getText()).contains("验证码");
        Screenshots.save(pages.getScene(), "approvals-form-preview-zh");
        robot.interact(() -> ((Stage) pages.getScene().getWindow()).close());
    }

    @Test
    void theRequesterSeesTheirRequestsInEnglish() throws Exception {
        Shell shell = Shell.open(core, DemoFolder.login(core, "zhangwei"), Language.ENGLISH, Section.APPROVALS);
        robot.clickOn("#inbox-mine");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ApprovalRequestView> table = robot.lookup("#approvals-table").queryTableView();
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(robot.lookup("#approval-approve").query().isDisabled()).isTrue();
        Screenshots.save(shell.scene(), "approvals-en");
    }
}
