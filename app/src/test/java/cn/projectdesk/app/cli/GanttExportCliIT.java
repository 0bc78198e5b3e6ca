package cn.projectdesk.app.cli;

import cn.projectdesk.app.cli.LauncherProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk gantt export} run through the packaged launcher, as a batch printing script does. */
class GanttExportCliIT {

    @TempDir
    static Path dir;


    private static Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return LauncherProcess.run(dir, Map.of(CliSession.PASSWORD_VARIABLE, "Admin2026"), all.toArray(String[]::new));
    }

    @BeforeAll
    static void initialise() throws Exception {
        DemoDataFolder.copyTo(dir.resolve("data"));
    }

    @Test
    void exportsPdfPagesAndPng() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        Result a3 = run("--user", "admin", "gantt", "export", "--project", "LJ-2026-002", "--to", pdf.toString(),
                "--paper", "A3", "--portrait");
        assertThat(a3.exitCode()).as(a3.err()).isZero();
        assertThat(a3.out()).contains("plan.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
        }
        Path png = dir.resolve("plan.png");
        Result image = run("--user", "admin", "gantt", "export", "--project", "LJ-2026-002", "--to", png.toString(),
                "--from", "2026-04-01", "--until", "2026-09-30");
        assertThat(image.exitCode()).as(image.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(800);
    }

    @Test
    void refusesUnknownProjectsFormatsAndRanges() throws Exception {
        assertThat(run("--user", "admin", "gantt", "export", "--project", "NOPE", "--to", dir.resolve("x.pdf").toString())
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        Result format = run("--user", "admin", "gantt", "export", "--project", "LJ-2026-002", "--to", dir.resolve("x.doc").toString());
        assertThat(format.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(format.err()).contains(".pdf or .png");
        assertThat(run("--user", "admin", "gantt", "export", "--project", "LJ-2026-002", "--to", dir.resolve("x.pdf").toString(),
                "--from", "2026-09-01", "--until", "2026-01-01").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
