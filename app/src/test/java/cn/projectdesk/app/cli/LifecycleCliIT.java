package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.cli.LauncherProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk stage ...} and {@code performance export} through the packaged launcher, on demo data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleCliIT {
    @TempDir
    static Path dir;
    static Path data;

    private static Result as(String user, String... args) throws Exception {
        return LauncherProcess.asDemoUser(dir, data, user, args);
    }

    @BeforeAll
    static void initialise() throws Exception {
        data = DemoDataFolder.copyTo(dir.resolve("data"));
    }

    @Test
    @Order(1)
    void advanceIsRefusedWithTheMissingItemsAndPassesOnceTheyAreConfirmed() throws Exception {
        Result shown = as("zhangwei", "stage", "show", "--project", "LJ-2026-001", "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(shown.out());
        assertThat(json.get("stage").asText()).isEqualTo("IMPLEMENTATION");
        assertThat(json.get("next").asText()).isEqualTo("ACCEPTANCE");
        assertThat(json.get("gateMet").asBoolean()).isFalse();
        assertThat(json.get("gate")).hasSize(2);
        assertThat(json.get("gate").get(0).get("documentType").asText()).isEqualTo("COMPLETION");
        assertThat(json.get("gate").get(1).get("documentType").isNull()).isTrue();
        assertThat(json.get("history")).hasSize(3);

        Result refused = as("zhangwei", "stage", "advance", "--project", "LJ-2026-001");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("cannot move to Acceptance", "2 checklist item(s) missing",
                "竣工（完工）报告", "DOCUMENT:COMPLETION_REPORT", "MANUAL:WORKS_COMPLETE",
                "file a “Completion report” in the archive under stage Implementation");

        Result denied = as("zhaomin", "stage", "advance", "--project", "LJ-2026-001");
        assertThat(denied.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);

        assertThat(as("zhangwei", "stage", "confirm", "--project", "LJ-2026-001", "--item", "DOCUMENT:COMPLETION_REPORT",
                "--note", "竣工报告 JG-01").exitCode()).isZero();
        Result confirmed = as("zhangwei", "stage", "confirm", "--project", "LJ-2026-001", "--item", "MANUAL:WORKS_COMPLETE",
                "--note", "现场核查完工");
        assertThat(confirmed.out()).contains("2 of 2 items met", "[x]");
        Result advanced = as("zhangwei", "stage", "advance", "--project", "LJ-2026-001", "--note", "转入验收");
        assertThat(advanced.exitCode()).as(advanced.err()).isZero();
        assertThat(advanced.out()).contains("LJ-2026-001: Implementation → Acceptance");
        assertThat(as("zhaomin", "stage", "show", "--project", "LJ-2026-001").out())
                .contains("Stage: Acceptance", "Implementation → Acceptance  zhangwei  转入验收");
    }

    @Test
    @Order(2)
    void theSelfEvaluationReportIsExportedToPdfAndXlsx() throws Exception {
        Path pdf = dir.resolve("zp.pdf");
        Result exported = as("zhengfang", "performance", "export", "--project", "XQ-2025-001", "--year", "2025",
                "--to", pdf.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("total 83.90", "grade Good");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        Path xlsx = dir.resolve("zp.xlsx");
        assertThat(as("zhaomin", "performance", "export", "--project", "XQ-2025-001", "--year", "2025", "--to",
                xlsx.toString()).exitCode()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("西区中小学校舍安全工程");
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).contains("计划任务完成率", "83.9", "Good");
        }

        assertThat(as("zhaomin", "performance", "export", "--project", "XQ-2025-001", "--year", "2025", "--to",
                dir.resolve("zp.doc").toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(as("zhaomin", "performance", "export", "--project", "XQ-2025-001", "--year", "2019", "--to",
                dir.resolve("none.pdf").toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
