package cn.projectdesk.app.cli;

import cn.projectdesk.app.cli.LauncherProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as administrators and scripts use it, checked for output and exit codes. The set-up,
 * help, a signed-in listing and the refusals run the packaged bin/projectdesk launcher as a separate
 * process with the password in the environment; the other cases run the same command line in this JVM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectDeskCliIT {

    @TempDir
    static Path dir;
    static Path data;


    private static Result packaged(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return LauncherProcess.runPackaged(dir, env, args);
    }

    private static Result run(Map<String, String> env, String... args) {
        return LauncherProcess.run(dir, env, args);
    }

    private static String[] signedIn(String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "--user", user));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static Result as(String user, String password, String... args) {
        return run(Map.of(CliSession.PASSWORD_VARIABLE, password), signedIn(user, args));
    }

    private static Result packagedAs(String user, String password, String... args) throws Exception {
        return packaged(Map.of(CliSession.PASSWORD_VARIABLE, password), signedIn(user, args));
    }

    @BeforeAll
    static void initialise() throws Exception {
        data = dir.resolve("data");
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), "Admin2026\n");
        Result init = packaged(Map.of(), "--data-dir", data.toString(), "init", "--demo", "--admin-password-file",
                passwordFile.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("demo data");
    }

    @Test
    @Order(1)
    void versionAndHelpListTheSubcommands() throws Exception {
        Result version = packaged(Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ProjectDesk ");
        Result help = packaged(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("init", "projects", "--data-dir", "--user");
    }

    @Test
    @Order(2)
    void listPrintsTheVisibleProjectsAsJson() throws Exception {
        Result all = packagedAs("admin", "Admin2026", "projects", "list", "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        JsonNode projects = new ObjectMapper().readTree(all.out());
        assertThat(projects.size()).isGreaterThanOrEqualTo(5);
        assertThat(projects.get(0).fieldNames()).toIterable().contains("code", "name", "department", "stage");

        Result east = as("sunli", "Demo2026", "projects", "list", "--json");
        JsonNode eastProjects = new ObjectMapper().readTree(east.out());
        assertThat(eastProjects).hasSize(1);
        assertThat(eastProjects.get(0).get("code").asText()).isEqualTo("DQ-2026-001");
    }

    @Test
    @Order(3)
    void createPrintsTheNewCodeAndListShowsIt() throws Exception {
        Result created = as("zhangwei", "Demo2026", "projects", "create", "--name", "滨江公园提升改造",
                "--department", "社会发展科", "--type", "民生", "--year", "2027");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out().trim()).isEqualTo("LJ-2027-001");
        Result list = as("zhangwei", "Demo2026", "projects", "list");
        assertThat(list.out()).contains("LJ-2027-001", "滨江公园提升改造");
        Result updated = as("zhangwei", "Demo2026", "projects", "update", "LJ-2027-001", "--stage", "PROPOSAL",
                "--budget", "2500000.50");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(as("zhangwei", "Demo2026", "projects", "list", "--json").out()).contains("\"stage\" : \"PROPOSAL\"");
        Result cents = as("zhangwei", "Demo2026", "projects", "update", "LJ-2027-001", "--budget", "1.234");
        assertThat(cents.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cents.err()).contains("--budget");
    }

    @Test
    @Order(4)
    void auditVerifyReportsAnIntactChain() throws Exception {
        Result verified = as("zhaomin", "Demo2026", "audit", "verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).matches("(?s)intact: \\d+ entries\\R");
        Result officer = as("zhangwei", "Demo2026", "audit", "verify");
        assertThat(officer.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        Path pdf = dir.resolve("audit-LJ-2026-001.pdf");
        Result exported = as("zhaomin", "Demo2026", "audit", "export", "--project", "LJ-2026-001", "--to", pdf.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).matches("(?s)\\d+ entries written to .*audit-LJ-2026-001\\.pdf\\.\\R");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        Result badFormat = as("zhaomin", "Demo2026", "audit", "export", "--to", dir.resolve("audit.csv").toString());
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badFormat.err()).contains("audit.csv", ".xlsx or .pdf");
    }

    @Test
    @Order(5)
    void administratorsManageAccountsFromScripts() throws Exception {
        Path password = Files.writeString(dir.resolve("new-user-password"), "Start2026\n");
        Result added = as("admin", "Admin2026", "users", "add", "--username", "qianli", "--name", "钱立",
                "--org", "LJ-NJK", "--role", "OFFICER", "--password-file", password.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(as("qianli", "Start2026", "projects", "list", "--json").exitCode()).isZero();
        assertThat(as("admin", "Admin2026", "users", "disable", "--username", "qianli").exitCode()).isZero();
        assertThat(as("qianli", "Start2026", "projects", "list").exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        Result byOfficer = as("zhangwei", "Demo2026", "users", "list");
        assertThat(byOfficer.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
    }

    @Test
    @Order(6)
    void scheduleCheckComparesWithMsProjectAndRejectsBadFiles() throws Exception {
        Path sample = Path.of("..", "..", "shared", "data", "msproject", "sf259.mpp").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample), "shared data beside the checkout");
        Result check = run(Map.of(), "schedule-check", sample.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertThat(report.fieldNames()).toIterable().contains("file", "tasks", "compared", "earlyStartMatch",
                "earlyFinishMatch", "lateStartMatch", "lateFinishMatch", "totalSlackMatch", "unsupported");
        assertThat(report.get("earlyStartMatch").asInt()).isEqualTo(report.get("compared").asInt()).isPositive();

        Path notAProject = Files.writeString(dir.resolve("not-a-project.mpp"), "this is not a project file");
        Result bad = run(Map.of(), "schedule-check", notAProject.toString(), "--json");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("not-a-project.mpp");
    }

    @Test
    @Order(7)
    void refusalsHaveTheDocumentedExitCodes() throws Exception {
        Result wrongPassword = packagedAs("zhangwei", "nope12345", "projects", "list");
        assertThat(wrongPassword.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(wrongPassword.err()).contains("Wrong user name or password");

        Result auditor = as("zhaomin", "Demo2026", "projects", "create", "--name", "越权", "--department", "LJ-SHK",
                "--type", "OTHER", "--year", "2027");
        assertThat(auditor.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(auditor.err()).contains("not allowed");

        Result badType = as("zhangwei", "Demo2026", "projects", "create", "--name", "x", "--department", "LJ-SHK",
                "--type", "bogus", "--year", "2027");
        assertThat(badType.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badType.err()).contains("bogus");

        Result badYear = as("zhangwei", "Demo2026", "projects", "create", "--name", "x", "--department", "LJ-SHK",
                "--type", "OTHER", "--year", "1999");
        assertThat(badYear.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badYear.err()).contains("--year");

        Result usage = packaged(Map.of(), "projects", "create", "--name", "x");
        assertThat(usage.exitCode()).isEqualTo(ExitCode.BAD_INPUT);

        Result notSetUp = packaged(Map.of(CliSession.PASSWORD_VARIABLE, "x"), "--data-dir", dir.resolve("empty").toString(),
                "--user", "admin", "projects", "list");
        assertThat(notSetUp.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notSetUp.err()).contains("init");

        Result again = run(Map.of(), "--data-dir", data.toString(), "init", "--admin-password-file",
                Files.writeString(dir.resolve("pw2"), "Other2026\n").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(again.err()).contains("already set up");
    }
}
