package cn.projectdesk.app.ui.performance.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.performance.EvaluationReport;
import cn.projectdesk.core.performance.IndicatorInput;
import cn.projectdesk.core.performance.IndicatorTemplates;
import cn.projectdesk.core.performance.PerformanceScoring;
import cn.projectdesk.core.project.ProjectType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-evaluation report as xlsx and as PDF with the Chinese text embedded. */
class PerformanceReportExporterTest {
    @TempDir
    Path dir;

    private static EvaluationReport report() {
        List<IndicatorInput> measured = new ArrayList<>();
        for (IndicatorInput i : IndicatorTemplates.forType(ProjectType.INFORMATIZATION)) {
            measured.add(new IndicatorInput(i.dimension(), i.name(), i.unit(), i.target(), i.weight(), i.target(), i.rule(),
                    null));
        }
        // 9 of 10 modules: 18 of 20 points; everything else at target: total 98 (优)
        IndicatorInput first = measured.get(0);
        measured.set(0, new IndicatorInput(first.dimension(), first.name(), first.unit(), first.target(), first.weight(),
                new BigDecimal("9"), first.rule(), null));
        return new EvaluationReport(UUID.randomUUID(), UUID.randomUUID(), "LJ-2026-002", "智慧政务平台二期", "信息中心",
                "INFORMATIZATION", 2026, LocalDate.of(2026, 11, 17), "按期上线。", PerformanceScoring.score(measured));
    }

    @Test
    void xlsxHoldsEveryIndicatorTheTotalAndTheGrade() throws Exception {
        Path file = dir.resolve("report.xlsx");
        new PerformanceReportExporter(Locale.SIMPLIFIED_CHINESE).export(report(), file);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("绩效自评");
        }
        assertThat(cells).contains("系统功能模块上线数", "数量指标", "不低于指标值", "18.0", "98.0", "优", "总分");
    }

    @Test
    void pdfEmbedsTheChineseTextAndRefusesOtherExtensions() throws Exception {
        Path file = dir.resolve("report.pdf");
        PerformanceReportExporter exporter = new PerformanceReportExporter(Locale.SIMPLIFIED_CHINESE);
        exporter.export(report(), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("项目支出绩效自评报告", "智慧政务平台二期", "系统功能模块上线数", "98.00", "优");
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> exporter.export(report(), dir.resolve("report.doc"))).isInstanceOf(IllegalArgumentException.class);
    }
}
