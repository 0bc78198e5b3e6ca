package cn.projectdesk.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.archive.ContentStore;
import cn.projectdesk.core.audit.AuditService;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.OnlineBackup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;
    static BackupService backups;
    static ContentStore.Stored attachment;
    static BackupResult plain;
    static BackupResult encrypted;
    static final char[] SECRET = "backup-Secret-7".toCharArray();

    @BeforeAll
    static void setUp() throws Exception {
        core = TestFolders.demo(dir.resolve("data"));
        admin = TestFolders.login(core, "admin");
        backups = new BackupService(core.database(), Clock.systemUTC());
        attachment = new ContentStore(core.database().folder()).put(
                new ByteArrayInputStream("可行性研究报告".getBytes(StandardCharsets.UTF_8)), 1_000_000);
        plain = backups.backup(admin, dir.resolve("backups"), null);
        encrypted = backups.backup(admin, dir.resolve("backups"), SECRET.clone());
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void aPlainBackupRestoresIntoAFreshFolderWithEqualCountsAndAnIntactChain() throws Exception {
        Path target = dir.resolve("restored-plain");
        RestoreResult r = BackupRestorer.restore(plain.file(), target, null);
        assertThat(r.manifest().tableCounts()).containsKeys("project", "task", "audit_log", "change_log");
        assertThat(r.manifest().tableCounts().get("project")).isEqualTo(6L + 0);
        assertThat(r.auditEntries()).isEqualTo(plain.manifest().auditEntries()).isPositive();
        assertThat(r.attachments()).isEqualTo(1);
        assertThat(Files.readString(new ContentStore(target).path(attachment.sha256()))).isEqualTo("可行性研究报告");
        try (CoreServices restored = CoreServices.open(target)) {
            UserSession officer = TestFolders.login(restored, "zhangwei");
            assertThat(restored.projects().list(officer)).hasSameSizeAs(core.projects().list(TestFolders.login(core, "zhangwei")));
            assertThat(AuditService.verifyChain(restored.database()).intact()).isTrue();
        }
    }

    @Test
    void writesCommittedJustBeforeTheBackupAreInIt() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        UUID dept = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
        core.projects().create(officer, cn.projectdesk.core.project.ProjectDraft.minimal(null, "备份前刚建的项目",
                cn.projectdesk.core.project.ProjectType.OTHER, dept, 2029));
        core.database().settings().put("backup.test.marker", "1");
        long projects = OnlineBackup.tableCounts(core.database()).get("project");
        BackupResult r = backups.backup(admin, dir.resolve("fresh-writes"), null);
        assertThat(r.manifest().tableCounts().get("project")).isEqualTo(projects);
        // the restore itself compares the unpacked copy's counts with the manifest and would refuse
        RestoreResult restored = BackupRestorer.restore(r.file(), dir.resolve("restored-fresh-writes"), null);
        assertThat(restored.manifest().tableCounts().get("project")).isEqualTo(projects);
    }

    @Test
    void theManifestMatchesTheDataAtBackupTime() {
        Map<String, Long> counts = plain.manifest().tableCounts();
        assertThat(counts.get("app_user")).isEqualTo(11L);
        assertThat(plain.manifest().databaseSha256()).hasSize(64);
        assertThat(plain.encrypted()).isFalse();
        assertThat(encrypted.encrypted()).isTrue();
        assertThat(BackupRestorer.isEncrypted(encrypted.file())).isTrue();
        assertThat(BackupRestorer.isEncrypted(plain.file())).isFalse();
    }

    @Test
    void anEncryptedBackupNeedsTheRightPassword() {
        Path target = dir.resolve("restored-enc");
        assertThatThrownBy(() -> BackupRestorer.restore(encrypted.file(), target, null))
                .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> BackupRestorer.restore(encrypted.file(), target, "wrong-Pass-1".toCharArray()))
                .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.WRONG_PASSWORD));
        assertThat(target).doesNotExist();
        RestoreResult r = BackupRestorer.restore(encrypted.file(), target, SECRET.clone());
        assertThat(r.auditEntries()).isEqualTo(encrypted.manifest().auditEntries());
        assertThat(r.attachments()).isEqualTo(1);
    }

    @Test
    void damagedOrTruncatedBackupsAreRefusedAndLeaveNothingBehind() throws Exception {
        for (BackupResult b : new BackupResult[] {plain, encrypted}) {
            byte[] bytes = Files.readAllBytes(b.file());
            byte[] flipped = bytes.clone();
            flipped[bytes.length / 2] ^= 0x40;
            Path damaged = dir.resolve("damaged-" + b.encrypted() + ".pdbak");
            Files.write(damaged, flipped);
            Path truncated = dir.resolve("truncated-" + b.encrypted() + ".pdbak");
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 100));
            for (Path bad : new Path[] {damaged, truncated}) {
                Path target = dir.resolve("restore-" + bad.getFileName());
                assertThatThrownBy(() -> BackupRestorer.restore(bad, target, b.encrypted() ? SECRET.clone() : null))
                        .as(bad.getFileName().toString())
                        .isInstanceOfSatisfying(BackupException.class, e -> {
                            assertThat(e.reason()).isEqualTo(BackupException.Reason.CORRUPT);
                            assertThat(e.arguments()).first().asString().contains(bad.getFileName().toString());
                        });
                assertThat(target).doesNotExist();
            }
        }
        Path notBackup = Files.writeString(dir.resolve("notes.pdbak"), "hello");
        assertThatThrownBy(() -> BackupRestorer.restore(notBackup, dir.resolve("restore-notes"), null))
                .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP));
        // the data in use was never touched
        assertThat(AuditService.verifyChain(core.database()).intact()).isTrue();
    }

    @Test
    void aFolderWithDataIsNeverRestoredInto() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Path keep = Files.writeString(busy.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> BackupRestorer.restore(plain.file(), busy, null))
                .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_NOT_EMPTY));
        assertThat(keep).hasContent("mine");
        assertThatThrownBy(() -> BackupRestorer.restore(plain.file(), core.database().folder(), null))
                .isInstanceOf(BackupException.class);
        assertThat(OnlineBackup.tableCounts(core.database())).containsKey("project");
    }

    @Test
    void onlyAdministratorsBackUpOrSetTheSchedule() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        UserSession auditor = TestFolders.login(core, "zhaomin");
        assertThatThrownBy(() -> backups.backup(officer, dir.resolve("nope"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.setSchedule(auditor, dir, 24, 3)).isInstanceOf(AccessDeniedException.class);
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    @Test
    void retentionKeepsTheNewestBackups() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("retention"));
        for (String stamp : new String[] {"20261101-010000-000", "20261102-010000-000", "20261103-010000-000", "20261104-010000-000"}) {
            Files.writeString(folder.resolve(BackupService.PREFIX + stamp + ".pdbak"), stamp);
        }
        Files.writeString(folder.resolve("other.txt"), "not a backup");
        assertThat(BackupService.applyRetention(folder, 2)).extracting(p -> p.getFileName().toString())
                .containsExactly(BackupService.PREFIX + "20261101-010000-000.pdbak", BackupService.PREFIX + "20261102-010000-000.pdbak");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("other.txt", BackupService.PREFIX + "20261103-010000-000.pdbak", BackupService.PREFIX + "20261104-010000-000.pdbak");
        }
    }

    @Test
    void theScheduledBackupRunsWhenItsIntervalHasPassed() {
        Instant last = Instant.parse("2026-11-22T02:00:00Z");
        var schedule = new BackupService.BackupSchedule(dir, 24, 3, last);
        assertThat(schedule.isDue(last.plus(Duration.ofHours(23)))).isFalse();
        assertThat(schedule.isDue(last.plus(Duration.ofHours(24)))).isTrue();
        assertThat(new BackupService.BackupSchedule(dir, 0, 3, null).isDue(last)).isFalse();
        assertThat(new BackupService.BackupSchedule(null, 24, 3, null).isDue(last)).isFalse();
    }

    @Test
    void everyBackupProblemHasAMessageInBothLanguages() throws Exception {
        for (String bundle : new String[] {"errors_zh_CN", "errors_en", "errors"}) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (BackupException.Reason r : BackupException.Reason.values()) {
                assertThat(p.getProperty("error.backup." + r.name())).as(bundle + " " + r).isNotBlank();
            }
        }
    }
}
