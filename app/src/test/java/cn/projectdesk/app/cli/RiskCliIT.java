package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.cli.LauncherProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk risk} through the packaged launcher: estimates, a seeded run as JSON, bad input. */
class RiskCliIT {
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
    void seededRunsRepeatAndEstimatesMoveTheFinish() throws Exception {
        Result first = run("--user", "zhangwei", "risk", "--project", "LJ-2026-001", "--iterations", "3000", "--seed", "5",
                "--target", "2027-02-15", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(first.out());
        assertThat(a.get("estimatedTasks").asInt()).isPositive();
        assertThat(a.get("p95").asText()).isGreaterThanOrEqualTo(a.get("p80").asText());
        assertThat(a.get("p80").asText()).isGreaterThanOrEqualTo(a.get("p50").asText());
        assertThat(a.get("probabilityByTarget").asDouble()).isBetween(0.0, 1.0);
        assertThat(a.get("histogram")).isNotEmpty();

        // the last piece of work of the plan: not finished yet, and on the critical path
        String last = null;
        for (JsonNode t : a.get("tasks")) {
            if (!t.get("summary").asBoolean() && t.get("durationDays").asInt() > 0 && t.get("criticality").asDouble() == 1.0) {
                last = t.get("wbs").asText();
            }
        }
        assertThat(last).isNotNull();
        Result set = run("--user", "zhangwei", "risk", "estimate", "--project", "LJ-2026-001", "--task", last,
                "--optimistic", "60", "--most-likely", "90", "--pessimistic", "200");
        assertThat(set.exitCode()).as(set.err()).isZero();
        JsonNode b = new ObjectMapper().readTree(run("--user", "zhangwei", "risk", "--project", "LJ-2026-001",
                "--iterations", "3000", "--seed", "5", "--json").out());
        assertThat(b.get("p50").asText()).isGreaterThan(a.get("p50").asText());
        Result again = run("--user", "zhangwei", "risk", "--project", "LJ-2026-001", "--iterations", "3000", "--seed", "5",
                "--json");
        assertThat(again.out()).isEqualTo(run("--user", "zhangwei", "risk", "--project", "LJ-2026-001", "--iterations",
                "3000", "--seed", "5", "--json").out());
    }

    @Test
    void badInputExitsTwoWithAReason() throws Exception {
        Result order = run("--user", "zhangwei", "risk", "estimate", "--project", "LJ-2026-001", "--task", "1.1",
                "--optimistic", "9", "--most-likely", "3", "--pessimistic", "20");
        assertThat(order.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(order.err()).containsAnyOf("optimistic", "乐观");
        assertThat(run("--user", "zhangwei", "risk").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--user", "zhangwei", "risk", "--project", "LJ-2026-001", "--iterations", "0").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("--user", "zhangwei", "risk", "--project", "NOPE").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
