package cn.projectdesk.app.ui.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.PaymentRow;
import cn.projectdesk.core.budget.ProcurementMethod;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Contracts and payments: the 10 % supplement flag, the contract form with its credit-code check, a payment request through approval. */
class ContractsViewTest extends FxTest {
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession officer;
    static ProjectSummary project;

    @BeforeAll
    static void demo() {
        core = DemoFolder.create(folder);
        officer = DemoFolder.login(core, "zhangwei");
        project = core.projects().list(officer).stream().filter(p -> p.code().endsWith("-001") && p.code().startsWith("LJ-"))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private Shell open(Language language) throws Exception {
        Shell shell = Shell.open(core, officer, language, Section.CONTRACTS);
        robot.interact(() -> shell.window().contractsView().model().open(project));
        WaitForAsyncUtils.waitForFxEvents();
        return shell;
    }

    @Test
    void supplementsOverTenPercentAreFlaggedAndANewContractIsCheckedAsTyped() throws Exception {
        Shell shell = open(Language.CHINESE);
        ContractsView view = shell.window().contractsView();
        TableView<ContractRow> table = robot.lookup("#contracts-table").query();
        assertThat(table.getItems()).hasSize(core.budget().contracts().contracts(officer, project.id()).size());
        assertThat(table.getItems().stream().filter(ContractRow::supplementaryOverLimit)).isNotEmpty();
        assertThat(robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(SheetCell.OVER))).as("the 11.7 % supplement in red").isNotEmpty();
        assertThat(view.paymentsTable().getItems()).as("payments of the first contract").isNotEmpty();
        Screenshots.save(shell.scene(), "contracts-zh");

        FormDialog form = WaitForAsyncUtils.asyncFx(() -> view.newContract(null)).get();
        robot.interact(() -> form.dialog().show());
        var pane = form.dialog().getDialogPane();
        robot.interact(() -> {
            ComboBox<?> line = (ComboBox<?>) pane.lookup("#contract-line");
            line.getSelectionModel().select(0);
            ((TextField) pane.lookup("#contract-no")).setText("LJ-TEST-HT09");
            ((TextField) pane.lookup("#contract-title")).setText("居民意愿征询服务");
            @SuppressWarnings("unchecked")
            ComboBox<ProcurementMethod> method = (ComboBox<ProcurementMethod>) pane.lookup("#contract-method");
            method.setValue(ProcurementMethod.INQUIRY);
            ((TextField) pane.lookup("#contract-supplier")).setText("临江市社情民意调查中心");
            ((TextField) pane.lookup("#contract-credit")).setText("91350100M000100Y44");
            ((TextField) pane.lookup("#contract-amount")).setText("120,000.00");
            ((DatePicker) pane.lookup("#contract-signing")).setValue(LocalDate.of(2026, 10, 9));
        });
        assertThat(((Label) pane.lookup("#error-supplierCreditCode")).getText()).as("checked as typed").contains("信用代码");
        Screenshots.save(pane.getScene(), "contract-form-zh");
        robot.interact(() -> ((TextField) pane.lookup("#contract-credit")).setText("91350100M000100Y43"));
        assertThat(((Label) pane.lookup("#error-supplierCreditCode")).getText()).isEmpty();
        robot.interact(() -> ((TextField) pane.lookup("#contract-amount")).setText("-5"));
        robot.clickOn("#contract-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) pane.lookup("#error-amount")).getText()).as("the service's refusal shown beside the field").isNotEmpty();
        assertThat(form.dialog().isShowing()).isTrue();
        robot.interact(() -> ((TextField) pane.lookup("#contract-amount")).setText("120,000.00"));
        robot.clickOn("#contract-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.dialog().isShowing()).isFalse();
        assertThat(core.budget().contracts().contracts(officer, project.id())).extracting(ContractRow::contractNo).contains("LJ-TEST-HT09");
        assertThat(table.getSelectionModel().getSelectedItem().contractNo()).isEqualTo("LJ-TEST-HT09");
    }

    @Test
    void aPaymentRequestGoesThroughApprovalAndThePaymentAppears() throws Exception {
        Shell shell = open(Language.ENGLISH);
        ContractsView view = shell.window().contractsView();
        ContractRow design = view.contractsTable().getItems().stream().filter(c -> c.contractNo().endsWith("-HT03"))
                .findFirst().orElseThrow();
        robot.interact(() -> view.model().selectedProperty().set(design));
        assertThat(robot.lookup("#contracts-pay").queryButton().isDisabled()).as("an officer does not record payments").isTrue();
        FormDialog form = WaitForAsyncUtils.asyncFx(() -> view.paymentForm(PaymentForm.Mode.REQUEST)).get();
        robot.interact(() -> form.dialog().show());
        var pane = form.dialog().getDialogPane();
        robot.interact(() -> {
            ((DatePicker) pane.lookup("#payment-date")).setValue(LocalDate.of(2026, 11, 20));
            ((TextField) pane.lookup("#payment-amount")).setText("300,000.00");
            ((TextField) pane.lookup("#payment-invoice")).setText("33010026201");
        });
        Screenshots.save(pane.getScene(), "payment-request-en");
        robot.clickOn("#payment-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.dialog().isShowing()).isFalse();
        String message = robot.lookup("#contracts-message").queryLabeled().getText();
        assertThat(message).startsWith("Payment request ");
        ApprovalRequestView request = core.approvals().mine(officer).stream()
                .filter(r -> message.contains(r.code())).findFirst().orElseThrow();
        for (String approver : new String[] {"lina", "chenjing", "wangqiang"}) {
            core.approvals().approve(DemoFolder.login(core, approver), request.id(), "同意");
        }
        robot.interact(() -> view.refresh(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.paymentsTable().getItems()).extracting(PaymentRow::invoiceNo).contains("33010026201");
        Screenshots.save(shell.scene(), "contracts-en");
    }

    @Test
    void aContractIsEditedWithTheSameChecksAndDeletedAndBothAreUndoable() throws Exception {
        var lines = core.budget().lines().ledger(officer, project.id()).lines();
        ContractRow created = core.budget().contracts().create(officer, project.id(), new cn.projectdesk.core.budget.ContractDraft(
                lines.get(0).id(), null, "LJ-EDIT-HT01", "入户调查服务", ProcurementMethod.INQUIRY, null, null, "临江市社情民意调查中心",
                "91350100M000100Y43", new java.math.BigDecimal("50000.00"), LocalDate.of(2026, 10, 12), null, null, null, null));
        for (Language language : Language.values()) {
            String lang = language == Language.CHINESE ? "zh" : "en";
            Shell shell = open(language);
            ContractsView view = shell.window().contractsView();
            ContractRow row = view.contractsTable().getItems().stream().filter(c -> c.id().equals(created.id())).findFirst().orElseThrow();
            robot.interact(() -> view.model().selectedProperty().set(row));
            FormDialog form = WaitForAsyncUtils.asyncFx(() -> view.editContract(row)).get();
            robot.interact(() -> form.dialog().show());
            var pane = form.dialog().getDialogPane();
            assertThat(((TextField) pane.lookup("#contract-no")).getText()).isEqualTo("LJ-EDIT-HT01");
            assertThat(((TextField) pane.lookup("#contract-amount")).getText()).isEqualTo("50,000.00");
            String newTitle = "入户调查服务（" + lang + "）";
            robot.interact(() -> {
                ((TextField) pane.lookup("#contract-title")).setText(newTitle);
                ((TextField) pane.lookup("#contract-credit")).setText("91350100M000100Y44");
            });
            // the credit code is checked as typed, and refused by the service as on create
            assertThat(((Label) pane.lookup("#error-supplierCreditCode")).getText()).isNotEmpty();
            robot.clickOn("#contract-save");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(form.dialog().isShowing()).isTrue();
            assertThat(((Label) pane.lookup("#error-supplierCreditCode")).getText()).isNotEmpty();
            Screenshots.save(pane.getScene(), "contract-edit-" + lang);
            robot.interact(() -> ((TextField) pane.lookup("#contract-credit")).setText("91350100M000100Y43"));
            robot.clickOn("#contract-save");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(form.dialog().isShowing()).isFalse();
            assertThat(title(created)).isEqualTo(newTitle);
            // Edit > Undo puts the title back
            robot.interact(() -> shell.window().undo());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(title(created)).isEqualTo("入户调查服务");
            // delete, and undo brings the same contract back
            ContractRow now = view.contractsTable().getItems().stream().filter(c -> c.id().equals(created.id())).findFirst().orElseThrow();
            robot.interact(() -> view.model().selectedProperty().set(now));
            robot.clickOn("#contracts-delete");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(core.budget().contracts().contracts(officer, project.id())).extracting(ContractRow::id).doesNotContain(created.id());
            assertThat(view.contractsTable().getItems()).extracting(ContractRow::id).doesNotContain(created.id());
            assertThat(robot.lookup("#contracts-message").queryLabeled().getText()).contains("LJ-EDIT-HT01");
            Screenshots.save(shell.scene(), "contracts-deleted-" + lang);
            // at 1280 px the figures, the 10 % flag and the procurement method are in view without scrolling
            assertThat(view.contractsTable().getColumns().get(7).getText())
                    .isEqualTo(language == Language.CHINESE ? "采购方式" : "Procurement");
            assertThat(BudgetSheetViewTest.rightEdgeOf(view.contractsTable(), 8)).isLessThanOrEqualTo(view.contractsTable().getWidth());
            robot.interact(() -> shell.window().undo());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(core.budget().contracts().contracts(officer, project.id())).extracting(ContractRow::id).contains(created.id());
            // a contract with payments is refused, with the reason on the page
            ContractRow paid = view.contractsTable().getItems().stream().filter(c -> c.paid().signum() > 0).findFirst().orElseThrow();
            robot.interact(() -> view.model().selectedProperty().set(paid));
            robot.clickOn("#contracts-delete");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#contracts-message").queryLabeled().getText()).isNotBlank();
            assertThat(core.budget().contracts().contracts(officer, project.id())).extracting(ContractRow::id).contains(paid.id());
        }
    }

    private static String title(ContractRow contract) {
        return core.budget().contracts().contracts(officer, project.id()).stream().filter(c -> c.id().equals(contract.id()))
                .findFirst().orElseThrow().title();
    }
}
