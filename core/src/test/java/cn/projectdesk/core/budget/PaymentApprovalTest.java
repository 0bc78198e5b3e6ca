package cn.projectdesk.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 付款申请 through the standard flow records the payment; batch line edits are all or nothing. */
class PaymentApprovalTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static UserSession as(String user) {
        return TestFolders.login(core, user);
    }

    private static ContractRow contract(String amount, String lineAmount) {
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        UUID project = core.projects().create(officer, ProjectDraft.minimal(null, "付款审批项目" + UUID.randomUUID().toString().substring(0, 4),
                ProjectType.LIVELIHOOD, dept, 2027)).id();
        BudgetLineRow line = core.budget().lines().addLine(officer, project,
                BudgetLineDraft.of("财政拨款", "30227", 2027, "监理", lineAmount));
        return core.budget().contracts().create(officer, project, new ContractDraft(line.id(), null, "HT-01", "监理合同",
                ProcurementMethod.INQUIRY, null, null, "临江市建设监理咨询有限公司", "91350100M000100Y43",
                new BigDecimal(amount), LocalDate.of(2027, 3, 25), null, null, null, null));
    }

    private static PaymentDraft pay(String amount, String override) {
        return new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 5, 1), new BigDecimal(amount), "FP-001",
                LocalDate.of(2027, 4, 28), override, "首付款");
    }

    @Test
    void anApprovedPaymentRequestRecordsThePaymentAtTheFinalApproval() {
        ContractRow c = contract("95000", "100000");
        ApprovalRequestView r = core.approvals().submitNew(officer,
                PaymentApprovalEffect.requestDraft(c, pay("30000", null), "付款申请：监理合同首付款", "按合同约定支付首付款"));
        assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
        r = core.approvals().approve(as("lina"), r.id(), "同意");
        r = core.approvals().approve(as("chenjing"), r.id(), "同意");
        assertThat(core.budget().contracts().payments(officer, c.id())).as("nothing paid before the last step").isEmpty();
        r = core.approvals().approve(as("wangqiang"), r.id(), "同意");
        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);

        List<PaymentRow> payments = core.budget().contracts().payments(officer, c.id());
        assertThat(payments).hasSize(1);
        PaymentRow p = payments.get(0);
        assertThat(p.kind()).isEqualTo(PaymentKind.ACTUAL);
        assertThat(p.amount()).isEqualByComparingTo("30000.00");
        assertThat(p.invoiceNo()).isEqualTo("FP-001");
        assertThat(p.notes()).isEqualTo("付款申请 " + r.code() + "：首付款");
        assertThat(p.recordedBy()).isEqualTo("wangqiang");
        assertThat(core.budget().contracts().contracts(officer, c.projectId()).get(0).paid()).isEqualByComparingTo("30000");
    }

    @Test
    void aRequestBeyondTheContractIsRefusedAtSubmissionUnlessItCarriesAnOverride() {
        ContractRow c = contract("95000", "100000");
        assertThatThrownBy(() -> core.approvals().submitNew(officer,
                PaymentApprovalEffect.requestDraft(c, pay("95000.01", null), "付款申请：超额", null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "validation.payment.exceedsContract"));
        ApprovalRequestView r = core.approvals().submitNew(officer,
                PaymentApprovalEffect.requestDraft(c, pay("96000", "结算审计核定增加工程量"), "付款申请：结算款", null));
        for (String approver : List.of("lina", "chenjing", "wangqiang")) {
            r = core.approvals().approve(as(approver), r.id(), "同意");
        }
        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(core.budget().contracts().payments(officer, c.id())).singleElement()
                .satisfies(p -> assertThat(p.overrideReason()).isEqualTo("结算审计核定增加工程量"));
    }

    @Test
    void whenTheContractFillsUpMeanwhileTheFinalApprovalFailsAndNothingIsWritten() {
        ContractRow c = contract("95000", "100000");
        ApprovalRequestView r = core.approvals().submitNew(officer,
                PaymentApprovalEffect.requestDraft(c, pay("60000", null), "付款申请：进度款", null));
        r = core.approvals().approve(as("lina"), r.id(), "同意");
        r = core.approvals().approve(as("chenjing"), r.id(), "同意");
        core.budget().contracts().recordPayment(as("chenjing"), c.id(), pay("50000", null));
        UUID id = r.id();
        assertThatThrownBy(() -> core.approvals().approve(as("wangqiang"), id, "同意"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "validation.payment.exceedsContract"));
        assertThat(core.approvals().get(officer, id).status()).isEqualTo(RequestStatus.PENDING);
        assertThat(core.budget().contracts().payments(officer, c.id())).hasSize(1);
    }

    @Test
    void plannedInstalmentsAndBadDraftsAreNotPaymentRequests() {
        ContractRow c = contract("95000", "100000");
        assertThatThrownBy(() -> PaymentApprovalEffect.requestDraft(c, new PaymentDraft(PaymentKind.PLANNED,
                LocalDate.of(2027, 5, 1), new BigDecimal("1"), null, null, null, null), "x", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("kind", "validation.payment.requestActualOnly"));
        assertThatThrownBy(() -> PaymentApprovalEffect.requestDraft(c, pay("-5", null), "x", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "validation.budget.negativeAmount"));
    }

    @Test
    void aBatchOfLineEditsIsAppliedWhollyOrNotAtAll() {
        ContractRow c = contract("10000", "100000");
        BudgetService lines = core.budget().lines();
        BudgetLineRow second = lines.addLine(officer, c.projectId(), BudgetLineDraft.of("财政拨款", "30201", 2027, "办公", "5000"));
        BudgetLineRow first = lines.ledger(officer, c.projectId()).lines().stream()
                .filter(l -> "监理".equals(l.item())).findFirst().orElseThrow();
        BudgetLineDraft bad = new BudgetLineDraft("财政拨款", "30201", 2027, "办公", new BigDecimal("-1"), null, null, null);
        BudgetLineDraft good = new BudgetLineDraft("财政拨款", "30227", 2027, "监理", new BigDecimal("120000"), null, null, "改");
        assertThatThrownBy(() -> lines.updateLines(officer, List.of(new BudgetService.LineEdit(first.id(), first.version(), good),
                new BudgetService.LineEdit(second.id(), second.version(), bad))))
                .isInstanceOfSatisfying(LinesRejectedException.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::index, LineProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "validation.budget.negativeAmount")));
        assertThat(lines.ledger(officer, c.projectId()).total().approved()).isEqualByComparingTo("105000");

        // two edits that make the lines identical collide with each other
        BudgetLineDraft same = new BudgetLineDraft("财政拨款", "30201", 2027, "办公", new BigDecimal("1"), null, null, null);
        assertThatThrownBy(() -> lines.updateLines(officer, List.of(new BudgetService.LineEdit(first.id(), first.version(), same),
                new BudgetService.LineEdit(second.id(), second.version(), same))))
                .isInstanceOf(LinesRejectedException.class);

        List<BudgetLineRow> rows = lines.updateLines(officer, List.of(new BudgetService.LineEdit(first.id(), first.version(), good),
                new BudgetService.LineEdit(second.id(), second.version(), second.toDraft().withApproved(new BigDecimal("6000")))));
        assertThat(rows).extracting(r -> r.figures().approved()).containsExactly(new BigDecimal("120000.00"), new BigDecimal("6000.00"));
        assertThat(rows.get(0).notes()).isEqualTo("改");
        assertThat(lines.ledger(officer, c.projectId()).total().approved()).isEqualByComparingTo("126000");
    }
}
