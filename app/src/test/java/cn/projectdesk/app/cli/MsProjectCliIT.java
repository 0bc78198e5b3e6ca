package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.cli.LauncherProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk import} and {@code export} through the packaged launcher. */
class MsProjectCliIT {
    static final Path SAMPLES = Path.of("../../shared/data/msproject");
    @TempDir
    static Path dir;

    private static Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return LauncherProcess.run(dir, Map.of(CliSession.PASSWORD_VARIABLE, "Demo2026"), all.toArray(String[]::new));
    }

    @BeforeAll
    static void initialise() throws Exception {
        DemoDataFolder.copyTo(dir.resolve("data"));
    }

    @Test
    void importsPrintTheNewNumberAndExportWritesMspdi() throws Exception {
        Result mpp = run("--user", "zhangwei", "import", SAMPLES.resolve("sample.mpp").toAbsolutePath().toString());
        assertThat(mpp.exitCode()).as(mpp.err()).isZero();
        String code = mpp.out().strip();
        assertThat(code).matches("LJ-\\d{4}-\\d{3}");

        Result json = run("--user", "zhangwei", "import", SAMPLES.resolve("task-links-project2013-mspdi.xml").toAbsolutePath()
                .toString(), "--code", "LJ-2026-950", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.get("code").asText()).isEqualTo("LJ-2026-950");
        assertThat(r.get("tasks").asInt()).isEqualTo(16);
        assertThat(r.get("links").asInt()).isEqualTo(8);

        Path xml = dir.resolve("out.xml");
        Result export = run("--user", "zhangwei", "export", "--project", "LJ-2026-950", "--to", xml.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(xml)).contains("<Project").contains("<PredecessorLink>");
        assertThat(run("--user", "zhangwei", "export", "--project", code, "--to", dir.resolve("out.mpp").toString())
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aBadFileIsRefusedByNameAndWritesNothing() throws Exception {
        String before = run("--user", "zhangwei", "projects", "list", "--json").out();
        Path bad = Files.writeString(dir.resolve("minutes.mpp"), "会议纪要，不是项目文件");
        Result r = run("--user", "zhangwei", "import", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("minutes.mpp");
        assertThat(run("--user", "zhangwei", "projects", "list", "--json").out()).isEqualTo(before);
    }
}
