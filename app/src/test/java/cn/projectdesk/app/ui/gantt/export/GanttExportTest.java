package cn.projectdesk.app.ui.gantt.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.GanttColumns;
import cn.projectdesk.app.ui.gantt.GanttData;
import cn.projectdesk.app.ui.gantt.GanttPrintTexts;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.support.DemoFolder;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.schedule.WorkingCalendar;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages and PNG of a demo project, written to target/gantt-export so that a person can look at them. */
class GanttExportTest {
    static final Path OUT = Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolveSibling("gantt-export");
    @TempDir
    static Path folder;
    static CoreServices core;
    static UserSession admin;
    static GanttData data;
    static GanttModel model;
    static ChartOptions options;

    @BeforeAll
    static void demo() throws Exception {
        core = DemoFolder.create(folder);
        admin = DemoFolder.login(core, "admin");
        ProjectSummary project = core.projects().list(admin).stream().filter(p -> p.code().startsWith("LJ-")).skip(1)
                .findFirst().orElseThrow();
        data = GanttData.load(core, admin, project.id(), null, true);
        model = GanttModel.of(data.rows(), data.links(), Set.of());
        WorkingCalendar calendar = WorkingCalendar.chinaStandard();
        options = new ChartOptions(DemoFolder.TODAY, data.statusDate(), true, false, -1, calendar::isWorkingDay);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static PrintTexts texts(Language language) {
        return GanttPrintTexts.of(Messages.of(language), data.project(), DemoFolder.TODAY, GanttColumns.defaults(), true);
    }

    @Test
    void everyPageRepeatsTheColumnsAndNumbersItself() {
        List<DisplayList> pages = GanttPages.build(model, new PrintRequest(Paper.A4, true, null, null), options,
                texts(Language.CHINESE));
        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            List<String> texts = pages.get(i).of(Shape.Text.class).stream().map(Shape.Text::text).toList();
            assertThat(texts).contains("WBS", "任务名称", "第 " + (i + 1) + " 页，共 " + pages.size() + " 页", "今天");
        }
    }

    @Test
    void aLongRangeRunsOverSeveralPagesSideBySide() {
        LocalDate from = model.start().minusYears(1);
        List<DisplayList> narrow = GanttPages.build(model, new PrintRequest(Paper.A4, false, null, null), options, texts(Language.ENGLISH));
        List<DisplayList> wide = GanttPages.build(model, new PrintRequest(Paper.A4, false, from, model.finish().plusYears(3)), options,
                texts(Language.ENGLISH));
        assertThat(wide.size()).isGreaterThan(narrow.size());
    }

    @Test
    void pdfEmbedsAChineseFontAndHasTheTexts() throws Exception {
        Path zh = OUT.resolve("gantt-a4-landscape-zh.pdf");
        int pages = GanttExporter.pdf(model, new PrintRequest(Paper.A4, false, null, null), options, texts(Language.CHINESE), zh);
        GanttExporter.pdf(model, new PrintRequest(Paper.A3, true, null, null), options, texts(Language.ENGLISH),
                OUT.resolve("gantt-a3-portrait-en.pdf"));
        try (PDDocument doc = Loader.loadPDF(zh.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(data.project().code(), "任务名称", "统一身份认证");
        }
        assertThat(Files.size(zh)).isLessThan(2_000_000);
    }

    @Test
    void pngHasTheWholePlan() throws Exception {
        Path png = OUT.resolve("gantt-en.png");
        GanttExporter.png(model, options, texts(Language.ENGLISH), model.start().minusDays(3), model.finish().plusDays(10), 3, png);
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isGreaterThan(model.rowCount() * 26);
    }
}
