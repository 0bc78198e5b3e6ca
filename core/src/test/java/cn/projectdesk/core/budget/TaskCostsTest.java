package cn.projectdesk.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.progress.EarnedValue;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget lines linked to a task give it its cost budget (BAC) and actual cost (AC) in the earned-value report. */
class TaskCostsTest {
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

    @Test
    void linkedLinesFeedEarnedValueUnlessTheTaskHasItsOwnCosts() {
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        UUID project = core.projects().create(officer, ProjectDraft.minimal(null, "挣值项目", ProjectType.LIVELIHOOD, dept, 2027)).id();
        TaskRow works = core.tasks().addTask(officer, project, null, "施工", 10);
        TaskRow design = core.tasks().addTask(officer, project, works.id(), "设计", 5);
        BudgetLineRow line = core.budget().lines().addLine(officer, project, new BudgetLineDraft("财政拨款", "31005", 2027, "施工",
                new BigDecimal("800000"), new BigDecimal("50000"), works.id(), null));
        core.budget().lines().addLine(officer, project, new BudgetLineDraft("财政拨款", "30227", 2027, "设计", new BigDecimal("200000"),
                null, design.id(), null));
        ContractRow c = core.budget().contracts().create(officer, project, new ContractDraft(line.id(), null, "HT-1", "施工合同",
                ProcurementMethod.PUBLIC_TENDER, null, null, "临江市城建工程有限公司", "91350100M000100Y43", new BigDecimal("700000"),
                LocalDate.of(2027, 3, 1), null, null, null, null));
        core.budget().contracts().recordPayment(TestFolders.login(core, "chenjing"), c.id(), new PaymentDraft(PaymentKind.ACTUAL,
                LocalDate.of(2027, 4, 1), new BigDecimal("100000"), null, null, null, null));

        EarnedValue ev = core.progress().report(officer, project, null).totals().earnedValue();
        assertThat(ev.bac()).isEqualByComparingTo("1000000.00");
        assertThat(ev.ac()).as("paid before + actual payments on the linked lines").isEqualByComparingTo("150000.00");

        // a task's own planned cost wins over its lines
        core.progress().setPlannedCost(officer, design.id(), new BigDecimal("250000"));
        assertThat(core.progress().report(officer, project, null).totals().earnedValue().bac()).isEqualByComparingTo("1050000.00");
    }
}
