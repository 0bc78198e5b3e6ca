package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk gantt export} run through the packaged launcher, as a batch printing script does. */
class GanttExportCliIT {
    private static final Path LAUNCHER = Path.of("target", "dist", "bin", "projectdesk").toAbsolutePath();

    @TempDir
    static Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--data-dir", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(CliSession.PASSWORD_VARIABLE, "Admin2026");
        builder.environment().put("JAVA_OPTS", "-Duser.language=en -Duser.country=US -Dprojectdesk.logDir=" + dir.resolve("logs"));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void initialise() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), "Admin2026\n");
        assertThat(run("init", "--demo", "--admin-password-file", passwordFile.toString()).exitCode()).isZero();
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
