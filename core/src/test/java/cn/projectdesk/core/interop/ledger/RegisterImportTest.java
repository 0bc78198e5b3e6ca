package cn.projectdesk.core.interop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterImportTest {
    @TempDir
    static Path dir;
    @TempDir
    Path files;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir.resolve("data"));
        officer = TestFolders.login(core, "zhangwei");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private Path register(String name, Object[]... rows) throws IOException {
        try (Xlsx x = new Xlsx()) {
            x.sheet("项目台账")
                    .row(1, "社会发展科历年项目台账（2019-2025）").merge(1, 1, 0, 9)
                    .row(2, null, null, null, null, null, null, "金额单位：万元")
                    .row(3, "序号", "项目名称", "项目编号", "责任科室", "项目类别", "立项年度", "总投资", "计划开工", "计划竣工", "项目阶段", "项目负责人");
            int r = 4;
            for (Object[] row : rows) {
                x.row(r++, row);
            }
            return x.save(files.resolve(name));
        }
    }

    @Test
    void aRegisterCreatesEveryProjectOrNone() throws IOException {
        Path bad = register("bad.xlsx",
                new Object[] {1, "社区养老服务中心", "LJ-2019-101", "社会发展科", "民生", 2019, "1,250.5", LocalDate.of(2019, 3, 1), "2019年12月30日", "已归档", "张伟"},
                new Object[] {2, "农贸市场改造", "LJ-2020-102", "东区分局", "民生", 2020, 300, null, null, "实施", null},
                new Object[] {3, "文化站提升", "LJ-2019-101", "社会发展科", "民生", 2021, 80, "下月", null, "立项", "无名氏"},
                new Object[] {4, "体育公园", "lj 2021", "社会发展科", "火星类", "二〇二一", "很多", null, null, "神秘", null},
                new Object[] {null, "合计", null, null, null, null, "=G4+G5+G6"});
        RegisterImportResult r = core.ledger().importRegister(officer, bad, null);
        assertThat(r.created()).isEmpty();
        assertThat(r.issues()).extracting(i -> i.row() + ":" + i.column() + ":" + i.messageKey())
                .containsExactly(
                        "5:D:validation.ledger.unknownDepartment",
                        "6:C:validation.ledger.duplicateCode",
                        "6:H:validation.ledger.notADate",
                        "6:K:validation.ledger.unknownOwner",
                        "7:C:validation.code.format",
                        "7:E:validation.ledger.unknownType",
                        "7:F:validation.ledger.notAYear",
                        "7:G:validation.ledger.notANumber",
                        "7:J:validation.ledger.unknownStage");
        assertThat(r.skippedTotals()).isEqualTo(1);
        assertThat(core.projects().list(officer)).extracting(ProjectSummary::code).doesNotContain("LJ-2019-101");

        Path good = register("good.xlsx",
                new Object[] {1, "社区养老服务中心", "LJ-2019-101", "社会发展科", "民生", 2019, "1,250.5", LocalDate.of(2019, 3, 1), "2019年12月30日", "已归档", "张伟"},
                new Object[] {2, "社区卫生服务站", "LJ-2020-102", "LJ-SHK", "卫生", "2020年", 88.88, "2020-04-01", null, "在建", "lina"});
        RegisterImportResult ok = core.ledger().importRegister(officer, good, null);
        assertThat(ok.issues()).isEmpty();
        assertThat(ok.unit()).isEqualTo("万元");
        assertThat(ok.created()).containsExactly("LJ-2019-101", "LJ-2020-102");
        ProjectSummary p = core.projects().findByCode(officer, "LJ-2019-101");
        assertThat(p.approvedBudget()).isEqualTo(new BigDecimal("12505000.00"));
        assertThat(p.stage()).isEqualTo(LifecycleStage.ARCHIVED);
        assertThat(p.plannedFinish()).isEqualTo(LocalDate.of(2019, 12, 30));
        ProjectSummary q = core.projects().findByCode(officer, "LJ-2020-102");
        assertThat(q.type()).isEqualTo(ProjectType.EDUCATION_HEALTH);
        assertThat(q.ownerName()).isEqualTo("李娜");
        assertThat(q.year()).isEqualTo(2020);
        assertThat(q.approvedBudget()).isEqualTo(new BigDecimal("888800.00"));
        assertThatThrownBy(() -> core.ledger().importRegister(TestFolders.login(core, "chenjing"), good, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
