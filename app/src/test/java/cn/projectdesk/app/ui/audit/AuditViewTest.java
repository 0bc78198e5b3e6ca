package cn.projectdesk.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.report.PrintedForm;
import cn.projectdesk.core.store.AuditRecord;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The auditor's screen: filtered entries, chain verification, and checking a paper form's code. */
class AuditViewTest extends FxTest {
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
    void anAuditorFiltersVerifiesTheChainAndChecksAPaperForm() throws Exception {
        PrintedForm form = core.forms().print(DemoFolder.login(core, "zhangwei"),
                core.approvals().list(DemoFolder.login(core, "zhangwei")).get(0).code(), Locale.SIMPLIFIED_CHINESE);
        for (Language language : new Language[] {Language.CHINESE, Language.ENGLISH}) {
            Shell shell = Shell.open(core, DemoFolder.login(core, "zhaomin"), language, Section.AUDIT);
            TableView<AuditRecord> table = robot.lookup("#audit-table").queryTableView();
            assertThat(table.getItems()).isNotEmpty();

            // set, not typed: under a loaded CPU typed keys can reach the field after the click on 查询
            robot.interact(() -> robot.lookup("#audit-user").queryTextInputControl().setText("zhangwei"));
            robot.clickOn("#audit-search");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("zhangwei"));

            robot.clickOn("#audit-verify-chain");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#audit-chain-result").queryAs(Label.class).getText()).isNotBlank();

            robot.interact(() -> robot.lookup("#audit-form-code").queryTextInputControl().setText(form.code()));
            robot.clickOn("#audit-verify-form");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#audit-form-result").queryAs(Label.class).getText()).contains(form.requestCode());
            Screenshots.save(shell.scene(), "audit-" + (language == Language.CHINESE ? "zh" : "en"));
        }
    }
}
