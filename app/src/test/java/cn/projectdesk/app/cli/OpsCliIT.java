package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.cli.LauncherProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk warnings|archive|backup|restore} through the packaged launcher, on demo data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsCliIT {
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
    void warningsAreEvaluatedThenListedAsJson() throws Exception {
        Result auditor = as("zhaomin", "warnings", "evaluate");
        assertThat(auditor.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(auditor.err()).contains("not allowed");
        Result evaluated = as("wangqiang", "warnings", "evaluate");
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("6 projects evaluated: 9 new warnings");
        Result list = as("zhangwei", "warnings", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows.size()).isEqualTo(6);
        assertThat(rows.get(0).fieldNames()).toIterable().contains("id", "project", "rule", "severity", "status", "owner");
    }

    @Test
    @Order(2)
    void archiveFilesListsRefusesDangerousNamesAndExports() throws Exception {
        Path report = Files.writeString(dir.resolve("可研报告.pdf"), "可研内容");
        Result added = as("zhangwei", "archive", "add", "--project", "LJ-2026-001", "--stage", "proposal", "--type",
                "feasibility", "--title", "可行性研究报告", report.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("LJ-2026-001-LX-KYBG-001 v1 ");
        Path device = Files.writeString(dir.resolve("CON.txt"), "x");
        Result refused = as("zhangwei", "archive", "add", "--project", "LJ-2026-001", "--stage", "proposal", "--type",
                "other", device.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("--fileName").contains("reserved by Windows");
        Path zip = dir.resolve("archive.zip");
        Result exported = as("zhaomin", "archive", "export", "--project", "LJ-2026-001", "--to", zip.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("index.xlsx")).isNotNull();
            assertThat(z.getEntry("文件/LJ-2026-001-LX-KYBG-001-v1-可研报告.pdf")).isNotNull();
        }
    }

    @Test
    @Order(3)
    void anEncryptedBackupRestoresOnlyWithItsPasswordAndVerifies() throws Exception {
        Path backups = dir.resolve("backups");
        Path secret = Files.writeString(dir.resolve("backup-password"), "Backup-Secret-9\n");
        Result officer = as("zhangwei", "backup", "--to", backups.toString());
        assertThat(officer.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        Result backup = as("admin", "backup", "--to", backups.toString(), "--password-file", secret.toString(),
                "--every-hours", "24", "--keep", "3");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Scheduled backup: into " + backups + " every 24 hours, keeping 3.");
        String file = backup.out().lines().filter(l -> l.startsWith("backup: ")).findFirst().orElseThrow()
                .substring("backup: ".length());
        assertThat(backup.out()).contains("encrypted").contains("1 attachments");

        Path wrong = Files.writeString(dir.resolve("wrong-password"), "nope\n");
        Result refused = LauncherProcess.run(dir, Map.of(), "restore", file, "--data-dir", dir.resolve("r1").toString(),
                "--password-file", wrong.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("password does not open");

        byte[] bytes = Files.readAllBytes(Path.of(file));
        Path truncated = Files.write(dir.resolve("truncated.pdbak"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Result corrupt = LauncherProcess.run(dir, Map.of(), "restore", truncated.toString(), "--data-dir",
                dir.resolve("r2").toString(), "--password-file", secret.toString());
        assertThat(corrupt.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(corrupt.err()).contains("damaged or incomplete").contains("truncated.pdbak");

        Path restoredDir = dir.resolve("restored");
        Result restored = LauncherProcess.run(dir, Map.of(), "restore", file, "--data-dir", restoredDir.toString(),
                "--password-file", secret.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored: " + restoredDir).contains("audit chain intact");
        Result verify = LauncherProcess.run(dir, Map.of(CliSession.PASSWORD_VARIABLE, "Demo2026"), "--data-dir",
                restoredDir.toString(), "--user", "zhaomin", "audit", "verify");
        assertThat(verify.out()).startsWith("intact: ");
    }
}
