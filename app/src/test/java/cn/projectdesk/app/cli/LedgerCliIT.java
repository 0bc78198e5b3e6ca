package cn.projectdesk.app.cli;

import cn.projectdesk.app.cli.LauncherProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger show|import|export} and {@code register import} through the packaged launcher. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerCliIT {
    private static final int YEAR = LocalDate.now().getYear();
    private static final String DEMO = "LJ-" + YEAR + "-001";

    @TempDir
    static Path dir;
    static Path data;


    private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return LauncherProcess.run(dir, env, args);
    }

    private static Result as(String user, String... args) throws Exception {
        return LauncherProcess.asDemoUser(dir, data, user, args);
    }

    @BeforeAll
    static void initialise() throws Exception {
        data = DemoDataFolder.copyTo(dir.resolve("data"));
    }

    @Test
    @Order(1)
    void showPrintsLinesAndTotalsAsJsonWithTwoDecimalStrings() throws Exception {
        Result r = as("zhangwei", "ledger", "show", "--project", DEMO, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("lines")).hasSize(5);
        JsonNode first = json.get("lines").get(0);
        assertThat(first.get("source").asText()).isEqualTo("FISCAL_APPROPRIATION");
        assertThat(first.get("code").asText()).isEqualTo("30203");
        assertThat(first.get("year").asInt()).isEqualTo(YEAR);
        assertThat(first.get("approved").isTextual()).isTrue();
        assertThat(first.get("approved").asText()).isEqualTo("600000.00");
        assertThat(json.at("/totals/overall/approved").asText()).isEqualTo("44180000.00");
        assertThat(json.at("/totals/overall/adjusted").asText()).isEqualTo("43380000.00");
        assertThat(json.at("/totals/overall/paid").asText()).isEqualTo("18124000.00");
        assertThat(json.at("/totals/bySource/SPECIAL_BOND/adjusted").asText()).isEqualTo("14200000.00");
        assertThat(json.get("warnings")).hasSize(2);
        Result text = as("zhangwei", "ledger", "show", "--project", DEMO);
        assertThat(text.out()).contains("44,180,000.00").contains("41.78%");
        Result outOfScope = as("zhangwei", "ledger", "show", "--project", "DQ-" + YEAR + "-001");
        assertThat(outOfScope.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        Result unknown = as("zhangwei", "ledger", "show", "--project", "NOPE-2026-001");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    @Order(2)
    void exportThenImportIntoANewProjectAllOrNothing() throws Exception {
        Path file = dir.resolve("ledger.xlsx");
        Result export = as("zhangwei", "ledger", "export", "--project", DEMO, "--to", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(file).exists();
        String code = as("zhangwei", "projects", "create", "--name", "台账导入", "--department", "LJ-SHK", "--type",
                "LIVELIHOOD", "--year", String.valueOf(YEAR + 1)).out().strip();
        Result dry = as("zhangwei", "ledger", "import", file.toString(), "--project", code, "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Nothing was written");
        Result ok = as("zhangwei", "ledger", "import", file.toString(), "--project", code);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("5 lines imported into " + code);
        Result again = as("zhangwei", "ledger", "import", file.toString(), "--project", code);
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.out()).contains("Row 4, column F").contains("Duplicate line");
        assertThat(again.err()).contains("nothing was imported");
        JsonNode json = new ObjectMapper().readTree(as("zhangwei", "ledger", "show", "--project", code, "--json").out());
        assertThat(json.get("lines")).hasSize(5);
        assertThat(json.at("/totals/overall/adjusted").asText()).isEqualTo("43380000.00");
        Result auditor = as("zhaomin", "ledger", "import", file.toString(), "--project", code);
        assertThat(auditor.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
    }

    @Test
    @Order(3)
    void aFileThatIsNotAWorkbookIsBadInput() throws Exception {
        Path notXlsx = Files.writeString(dir.resolve("notes.xlsx"), "this is not a workbook");
        Result r = as("zhangwei", "ledger", "import", notXlsx.toString(), "--project", DEMO);
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("not an Excel workbook");
    }

    @Test
    @Order(4)
    void registerImportCreatesTheProjectsOrReportsTheRows() throws Exception {
        Path bad = register("bad-register.xlsx", new Object[] {"LJ-2018-201", "老年活动中心", "社会发展科", "民生", 2018, 120},
                new Object[] {"LJ-2018-202", "菜市场", "不存在的科", "民生", 2018, "很多"});
        Result r = as("zhangwei", "register", "import", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains("Row 3, column C").contains("Row 3, column F");
        Path good = register("register.xlsx", new Object[] {"LJ-2018-201", "老年活动中心", "社会发展科", "民生", 2018, 120},
                new Object[] {"LJ-2018-202", "便民菜市场", "LJ-SHK", "民生", 2018, 45.5});
        Result ok = as("zhangwei", "register", "import", good.toString());
        assertThat(ok.exitCode()).as(ok.err() + ok.out()).isZero();
        assertThat(ok.out()).contains("2 projects created: LJ-2018-201, LJ-2018-202");
        assertThat(as("zhangwei", "projects", "list").out()).contains("LJ-2018-201").contains("便民菜市场");
    }

    private static Path register(String name, Object[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("项目台账");
            String[] head = {"项目编号", "项目名称", "责任科室", "项目类型", "立项年度", "总投资(万元)"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
