package cn.projectdesk.app.cli;

import cn.projectdesk.app.cli.LauncherProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk approvals ...} through the packaged launcher, on demo data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalsCliIT {

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
    void listShowsTheVisibleRequestsAsJsonAndAsATable() throws Exception {
        Result all = as("zhaomin", "approvals", "list", "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        JsonNode requests = new ObjectMapper().readTree(all.out());
        assertThat(requests.size()).isEqualTo(11);
        assertThat(requests.get(0).fieldNames()).toIterable()
                .contains("id", "code", "type", "project", "status", "currentStep");

        Result east = as("sunli", "approvals", "list", "--json");
        JsonNode eastRequests = new ObjectMapper().readTree(east.out());
        assertThat(eastRequests).hasSize(1);
        assertThat(eastRequests.get(0).get("project").asText()).startsWith("DQ-");

        Result table = as("lina", "approvals", "list", "--pending");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Request", "Payment", "老旧小区改造设计费尾款", "1 requests");
    }

    @Test
    @Order(2)
    void approveAndRejectFromTheCommandLine() throws Exception {
        JsonNode pending = new ObjectMapper().readTree(as("lina", "approvals", "list", "--pending", "--json").out());
        String code = pending.get(0).get("code").asText();

        Result notMyTurn = as("wangqiang", "approvals", "approve", "--request", code, "--opinion", "越级");
        assertThat(notMyTurn.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);

        Result approved = as("lina", "approvals", "approve", "--request", code, "--opinion", "已核对，同意。");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).startsWith(code + ": Pending → ");

        Result noOpinion = as("chenjing", "approvals", "reject", "--request", code);
        assertThat(noOpinion.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        Result rejected = as("chenjing", "approvals", "reject", "--request", code, "--opinion", "金额仍不符");
        assertThat(rejected.exitCode()).as(rejected.err()).isZero();
        assertThat(rejected.out().trim()).isEqualTo(code + ": Rejected");

        Result history = as("zhangwei", "approvals", "history", "--request", code);
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("已核对，同意。", "金额仍不符", "Returned");

        Result unknown = as("lina", "approvals", "approve", "--request", "LJ-SP1999-0001", "--opinion", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
