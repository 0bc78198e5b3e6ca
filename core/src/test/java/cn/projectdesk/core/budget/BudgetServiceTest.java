package cn.projectdesk.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;
    static UserSession chief;
    static UserSession finance;
    static UserSession auditor;
    static final int Y = TestFolders.TODAY.getYear();

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
        chief = TestFolders.login(core, "lina");
        finance = TestFolders.login(core, "chenjing");
        auditor = TestFolders.login(core, "zhaomin");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static BudgetService lines() {
        return core.budget().lines();
    }

    private static UUID newProject(String name) {
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        ProjectSummary p = core.projects().create(officer, cn.projectdesk.core.project.ProjectDraft.minimal(null, name,
                cn.projectdesk.core.project.ProjectType.LIVELIHOOD, dept, 2027));
        return p.id();
    }

    private static BigDecimal y(String s) {
        return new BigDecimal(s);
    }

    @Test
    void demoLedgerHasExactTotalsAndTheTwoWarnings() {
        ProjectBudget b = lines().ledgerByCode(auditor, "LJ-" + Y + "-001");
        assertThat(b.lines()).hasSize(5);
        assertThat(b.total().approved()).isEqualTo(y("44180000.00"));
        assertThat(b.total().adjusted()).isEqualTo(y("43380000.00"));
        assertThat(b.total().committed()).isEqualTo(y("44380000.00"));
        assertThat(b.total().paid()).isEqualTo(y("18124000.00"));
        assertThat(b.total().balance()).isEqualTo(y("25256000.00"));
        assertThat(b.total().executionRate()).isEqualTo(y("41.78"));
        assertThat(b.bySource().keySet()).containsExactly("FISCAL_APPROPRIATION", "SPECIAL_BOND", "SUPERIOR_SUBSIDY");
        assertThat(b.bySource().get("SPECIAL_BOND").adjusted()).isEqualTo(y("14200000.00"));
        assertThat(b.warnings()).extracting(BudgetWarning::kind)
                .containsExactlyInAnyOrder(BudgetWarning.Kind.LINE_COMMITTED_OVER, BudgetWarning.Kind.SUPPLEMENTARY_OVER);
        BudgetWarning line = b.warnings().stream().filter(w -> w.kind() == BudgetWarning.Kind.LINE_COMMITTED_OVER).findFirst().orElseThrow();
        assertThat(line.percentOver()).isEqualTo(y("12.50"));
        assertThat(line.subject()).contains("30227").contains("设计及监理");
        BudgetWarning sup = b.warnings().stream().filter(w -> w.kind() == BudgetWarning.Kind.SUPPLEMENTARY_OVER).findFirst().orElseThrow();
        assertThat(sup.percentOver()).isEqualTo(y("11.69"));
        assertThat(b.lines().get(0).fundingSourceName()).isEqualTo("财政拨款");
    }

    @Test
    void thresholdIsASetting() {
        UserSession admin = TestFolders.login(core, "admin");
        try {
            lines().setThresholdPercent(admin, y("15"));
            assertThat(lines().ledgerByCode(auditor, "LJ-" + Y + "-001").warnings()).extracting(BudgetWarning::kind)
                    .containsExactly(BudgetWarning.Kind.SUPPLEMENTARY_OVER);
            assertThatThrownBy(() -> lines().setThresholdPercent(officer, y("5"))).isInstanceOf(AccessDeniedException.class);
        } finally {
            lines().setThresholdPercent(admin, y("10"));
        }
    }

    @Test
    void refusalsChangeNothing() {
        ProjectBudget before = lines().ledgerByCode(auditor, "LJ-" + Y + "-001");
        BudgetLineDraft d = BudgetLineDraft.of("财政拨款", "30201", Y, "办公用品", "1000");
        assertThatThrownBy(() -> lines().addLine(auditor, before.projectId(), d)).isInstanceOf(AccessDeniedException.class);
        UUID roads = lines().ledgerByCode(auditor, "DQ-" + Y + "-001").projectId();
        assertThatThrownBy(() -> lines().addLine(officer, roads, d)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lines().ledger(officer, roads)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lines().requestAdjustment(auditor, before.lines().get(0).id(), y("1"), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lines().ledgerByCode(auditor, "LJ-" + Y + "-001")).isEqualTo(before);
        assertThat(lines().ledgerByCode(auditor, "DQ-" + Y + "-001").lines()).hasSize(3);
    }

    @Test
    void aBatchWithProblemsIsRefusedWholeAndEveryProblemListed() {
        UUID project = newProject("预算批量校验项目");
        List<BudgetLineDraft> drafts = List.of(
                BudgetLineDraft.of("财政拨款", "30201", 2027, "办公用品", "1000.50"),
                BudgetLineDraft.of("火星拨款", "30201", 2027, "a", "1"),
                BudgetLineDraft.of("财政拨款", "39998", 2027, "b", "1"),
                BudgetLineDraft.of("财政拨款", "30201", 2027, "c", "-5"),
                BudgetLineDraft.of("FISCAL_APPROPRIATION", "30201", 2027, "办公用品", "7"),
                BudgetLineDraft.of("财政拨款", "30201", 1999, "d", "1.234"),
                new BudgetLineDraft(null, "30201", 2027, "e", null, null, null, null));
        assertThatThrownBy(() -> lines().addLines(officer, project, drafts))
                .isInstanceOfSatisfying(LinesRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.index() + ":" + p.field() + ":" + p.messageKey())
                        .containsExactly(
                                "1:fundingSource:validation.budget.unknownFundingSource",
                                "2:economicCode:validation.budget.unknownEconomicCode",
                                "3:approvedAmount:validation.budget.negativeAmount",
                                "4:item:validation.budget.duplicateLine",
                                "5:year:validation.year.range",
                                "5:approvedAmount:validation.budget.amountCents",
                                "6:fundingSource:validation.required",
                                "6:approvedAmount:validation.required"));
        assertThat(lines().ledger(officer, project).lines()).isEmpty();
        List<BudgetLineRow> added = lines().addLines(officer, project, drafts.subList(0, 1));
        assertThat(added.get(0).figures().approved()).isEqualTo(y("1000.50"));
        assertThat(added.get(0).fundingSource()).isEqualTo("FISCAL_APPROPRIATION");
        assertThatThrownBy(() -> lines().addLine(officer, project, drafts.get(4)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("item", "validation.budget.duplicateLine"));
    }

    @Test
    void adjustmentsChangeTheAmountOnlyWhenApprovedAndKeepTheirHistory() {
        UUID project = newProject("预算调整项目");
        BudgetLineRow line = lines().addLine(officer, project, BudgetLineDraft.of("财政拨款", "31002", 2027, "设备", "500000"));
        AdjustmentRow asked = lines().requestAdjustment(officer, line.id(), y("560000"), "设备涨价");
        assertThat(lines().ledger(officer, project).total().adjusted()).isEqualTo(y("500000.00"));
        assertThatThrownBy(() -> lines().requestAdjustment(officer, line.id(), y("1"), "再调"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> lines().decideAdjustment(officer, asked.id(), true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lines().requestAdjustment(officer, line.id(), y("1"), " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "validation.budget.reasonRequired"));
        AdjustmentRow approved = lines().decideAdjustment(chief, asked.id(), true, "同意");
        assertThat(approved.status()).isEqualTo(AdjustmentStatus.APPROVED);
        assertThat(approved.delta()).isEqualTo(y("60000.00"));
        AdjustmentRow second = lines().requestAdjustment(officer, line.id(), y("100"), "取消");
        lines().decideAdjustment(chief, second.id(), false, "不同意");
        ProjectBudget b = lines().ledger(officer, project);
        assertThat(b.total().approved()).isEqualTo(y("500000.00"));
        assertThat(b.total().adjusted()).isEqualTo(y("560000.00"));
        assertThat(lines().adjustments(auditor, line.id())).extracting(AdjustmentRow::status)
                .containsExactly(AdjustmentStatus.APPROVED, AdjustmentStatus.REJECTED);
        BudgetLineRow current = b.lines().get(0);
        assertThatThrownBy(() -> lines().updateLine(officer, line.id(), current.version(),
                BudgetLineDraft.of("财政拨款", "31002", 2027, "设备", "1")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("approvedAmount", "validation.budget.useAdjustment"));
    }

    @Test
    void paymentsBeyondContractOrLineNeedAnOverrideAndThenWarn() {
        UUID project = newProject("合同支付项目");
        BudgetLineRow line = lines().addLine(officer, project, BudgetLineDraft.of("财政拨款", "30227", 2027, "监理", "100000"));
        ContractService contracts = core.budget().contracts();
        ContractDraft draft = new ContractDraft(line.id(), null, "HT-01", "监理合同", ProcurementMethod.INQUIRY,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20), "临江市建设监理咨询有限公司", "91350100M000100Y43",
                y("95000"), LocalDate.of(2027, 3, 25), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31), null, null);
        assertThatThrownBy(() -> contracts.create(officer, project, new ContractDraft(line.id(), null, "HT-02", "x",
                ProcurementMethod.INQUIRY, null, null, "某公司", "91350100M000100Y44", y("1"), LocalDate.of(2027, 3, 25),
                null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("supplierCreditCode", "validation.budget.creditCode"));
        ContractRow c = contracts.create(officer, project, draft);
        assertThatThrownBy(() -> contracts.recordPayment(officer, c.id(),
                new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 5, 1), y("1"), null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        contracts.recordPayment(finance, c.id(), new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 5, 1), y("90000"),
                "NO1", LocalDate.of(2027, 4, 28), null, null));
        assertThatThrownBy(() -> contracts.recordPayment(finance, c.id(),
                new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 6, 1), y("5000.01"), null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "validation.payment.exceedsContract"));
        // a supplement raises the contract's ceiling; then the line is the limit
        ContractRow sup = contracts.create(officer, project, new ContractDraft(null, c.id(), "HT-01-BC", "补充", ProcurementMethod.SINGLE_SOURCE,
                null, null, "临江市建设监理咨询有限公司", "91350100M000100Y43", y("20000"), LocalDate.of(2027, 7, 1), null, null, null, null));
        assertThat(sup.supplementaryOverLimit()).isTrue();
        assertThat(sup.supplementaryPercent()).isEqualTo(y("21.05"));
        assertThatThrownBy(() -> contracts.recordPayment(finance, c.id(),
                new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 7, 2), y("15000"), null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("amount", "validation.payment.exceedsLine"));
        PaymentRow over = contracts.recordPayment(finance, sup.id(), new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 7, 2),
                y("20000"), null, null, "经局务会研究同意先行支付", null));
        assertThat(over.overrideReason()).isEqualTo("经局务会研究同意先行支付");
        ProjectBudget b = lines().ledger(officer, project);
        assertThat(b.total().paid()).isEqualTo(y("110000.00"));
        assertThat(b.total().committed()).isEqualTo(y("115000.00"));
        assertThat(b.total().executionRate()).isEqualTo(y("110.00"));
        assertThat(b.total().balance()).isEqualTo(y("-10000.00"));
        assertThat(b.warnings()).extracting(BudgetWarning::kind).containsExactlyInAnyOrder(
                BudgetWarning.Kind.LINE_COMMITTED_OVER, BudgetWarning.Kind.SUPPLEMENTARY_OVER);
        assertThat(contracts.contracts(auditor, project)).extracting(ContractRow::paid).containsExactly(y("90000.00"), y("20000.00"));
        assertThat(contracts.payments(auditor, sup.id())).hasSize(1);
        assertThatThrownBy(() -> lines().deleteLine(officer, line.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void contractsAreEditedWithTheCreateChecksAndDeletedAsTombstonesThatComeBack() {
        UUID project = newProject("合同编辑项目");
        BudgetLineRow line = lines().addLine(officer, project, BudgetLineDraft.of("财政拨款", "30227", 2027, "设计", "200000"));
        BudgetLineRow other = lines().addLine(officer, project, BudgetLineDraft.of("财政拨款", "30226", 2027, "咨询", "50000"));
        ContractService contracts = core.budget().contracts();
        ContractDraft draft = new ContractDraft(line.id(), null, "SJ-01", "设计合同", ProcurementMethod.COMPETITIVE_CONSULTATION,
                null, null, "临江市规划设计院", "91350100M000100Y43", y("100000"), LocalDate.of(2027, 3, 1), null, null, null, null);
        ContractRow c = contracts.create(officer, project, draft);
        contracts.create(officer, project, new ContractDraft(line.id(), null, "SJ-02", "勘察合同", ProcurementMethod.INQUIRY,
                null, null, "临江市勘察院", "911101080828461726", y("10000"), LocalDate.of(2027, 3, 2), null, null, null, null));
        // the same checks as create: checksum, and a number used by another contract
        assertThatThrownBy(() -> contracts.update(officer, c.id(), c.version(), withCode(draft, "91350100M000100Y44", "SJ-02")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("supplierCreditCode", "validation.budget.creditCode"));
        assertThatThrownBy(() -> contracts.update(officer, c.id(), c.version(), withCode(draft, "91350100M000100Y43", "SJ-02")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("contractNo", "validation.budget.contractNoTaken"));
        assertThatThrownBy(() -> contracts.update(auditor, c.id(), c.version(), draft)).isInstanceOf(AccessDeniedException.class);
        ContractRow edited = contracts.update(officer, c.id(), c.version(), new ContractDraft(other.id(), null, "SJ-01", "设计合同（修订）",
                ProcurementMethod.COMPETITIVE_CONSULTATION, null, null, "临江市规划设计院", " 91350100m000100y43 ", y("40000"),
                LocalDate.of(2027, 3, 1), null, null, null, null));
        assertThat(edited.title()).isEqualTo("设计合同（修订）");
        assertThat(edited.supplierCreditCode()).isEqualTo("91350100M000100Y43");
        assertThat(edited.amount()).isEqualTo(y("40000.00"));
        assertThat(edited.lineId()).isEqualTo(other.id());
        // a stale version is refused, not silently overwritten
        assertThatThrownBy(() -> contracts.update(officer, c.id(), c.version(), draft))
                .isInstanceOf(cn.projectdesk.core.store.ConcurrentEditException.class);
        // a supplement above 10 % is flagged after an edit just as after create
        ContractRow sup = contracts.create(officer, project, new ContractDraft(null, c.id(), "SJ-01-BC", "补充", ProcurementMethod.SINGLE_SOURCE,
                null, null, "临江市规划设计院", "91350100M000100Y43", y("3000"), LocalDate.of(2027, 5, 1), null, null, null, null));
        assertThat(sup.supplementaryOverLimit()).isFalse();
        ContractRow bigger = contracts.update(officer, sup.id(), sup.version(), new ContractDraft(null, null, "SJ-01-BC", "补充",
                ProcurementMethod.SINGLE_SOURCE, null, null, "临江市规划设计院", "91350100M000100Y43", y("5000"),
                LocalDate.of(2027, 5, 1), null, null, null, null));
        assertThat(bigger.supplementaryOverLimit()).isTrue();
        assertThat(bigger.lineId()).isEqualTo(other.id());
        // delete: supplements first; the deleted contract leaves the list and the figures, and comes back on restore
        assertThatThrownBy(() -> contracts.delete(officer, c.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("contract", "validation.budget.contractHasSupplements"));
        contracts.delete(officer, sup.id());
        contracts.delete(officer, c.id());
        assertThat(contracts.contracts(officer, project)).extracting(ContractRow::contractNo).containsExactly("SJ-02");
        assertThat(lines().ledger(officer, project).total().committed()).isEqualTo(y("10000.00"));
        assertThat(core.database().changeLog().forEntity(c.id())).last()
                .extracting(e -> e.operation().name()).isEqualTo("DELETE");
        ContractRow back = contracts.restore(officer, c.id());
        contracts.restore(officer, sup.id());
        assertThat(back.title()).isEqualTo("设计合同（修订）");
        assertThat(contracts.contracts(officer, project)).extracting(ContractRow::contractNo)
                .containsExactlyInAnyOrder("SJ-01", "SJ-02", "SJ-01-BC");
        // payments pin a contract: no delete, no move to another line
        contracts.recordPayment(finance, c.id(), new PaymentDraft(PaymentKind.ACTUAL, LocalDate.of(2027, 6, 1), y("1000"),
                null, null, null, null));
        ContractRow now = contracts.contracts(officer, project).stream().filter(r -> r.id().equals(c.id())).findFirst().orElseThrow();
        assertThatThrownBy(() -> contracts.update(officer, c.id(), now.version(), draft)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("lineId", "validation.budget.contractHasPayments"));
        contracts.delete(officer, sup.id());
        assertThatThrownBy(() -> contracts.delete(officer, c.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("contract", "validation.budget.contractHasPayments"));
    }

    private static ContractDraft withCode(ContractDraft d, String credit, String number) {
        return new ContractDraft(d.lineId(), d.originalId(), number, d.title(), d.method(), d.procurementStart(), d.awardDate(),
                d.supplierName(), credit, d.amount(), d.signingDate(), d.termStart(), d.termEnd(), d.warrantyEnd(), d.notes());
    }

    @Test
    void creditCodeChecksum() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.isValid("911101080828461726")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100I43")).isFalse();
        assertThat(CreditCode.isValid("9135")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void codeListsComeShippedAndTheAdministratorEditsThem() {
        List<CodeEntry> econ = core.budget().codes().list(auditor, CodeListKind.ECONOMIC_CLASS);
        assertThat(econ).extracting(CodeEntry::code).contains("302", "30201", "30299", "30905", "31002", "31005", "31007", "31099");
        assertThat(econ.stream().filter(e -> e.code().equals("30201")).findFirst().orElseThrow().parentCode()).isEqualTo("302");
        assertThatThrownBy(() -> core.budget().codes().save(officer, CodeListKind.ECONOMIC_CLASS, "30298", "x", true))
                .isInstanceOf(AccessDeniedException.class);
        UserSession admin = TestFolders.login(core, "admin");
        core.budget().codes().save(admin, CodeListKind.ECONOMIC_CLASS, "31098", "智慧城市专项", true);
        core.budget().codes().save(admin, CodeListKind.FUNDING_SOURCE, "OTHER", "其他资金", false);
        UUID project = newProject("代码表项目");
        assertThat(lines().addLine(officer, project, BudgetLineDraft.of("财政拨款", "31098", 2027, null, "1")).economicName())
                .isEqualTo("智慧城市专项");
        assertThatThrownBy(() -> lines().addLine(officer, project, BudgetLineDraft.of("OTHER", "31098", 2027, "x", "1")))
                .isInstanceOf(ValidationException.class);
        core.budget().codes().save(admin, CodeListKind.FUNDING_SOURCE, "OTHER", "其他", true);
    }

    @Test
    void departmentSummaryAddsUpPerDepartmentAndYear() {
        List<DepartmentYearFigures> rows = lines().departmentSummary(finance, Y);
        DepartmentYearFigures shk = rows.stream().filter(r -> r.departmentCode().equals("LJ-SHK")).findFirst().orElseThrow();
        assertThat(shk.figures().paid()).isEqualTo(y("18124000.00"));
        DepartmentYearFigures dq = rows.stream().filter(r -> r.departmentCode().equals("DQ-GCK")).findFirst().orElseThrow();
        assertThat(dq.figures().approved()).isEqualTo(y("32750000.00"));
        assertThat(lines().departmentSummary(officer, Y)).extracting(DepartmentYearFigures::departmentCode).containsOnly("LJ-SHK");
    }
}
