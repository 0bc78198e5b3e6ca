package cn.projectdesk.core.backup;

import cn.projectdesk.core.archive.ContentStore;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.AuditEvent;
import cn.projectdesk.core.store.AuditRecord;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.OnlineBackup;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Backups of one data folder: the online H2 copy of the database plus the attachments, in one
 * {@code .pdbak} file in a chosen folder, optionally password-encrypted, with a manifest and retention
 * (the newest N backups in that folder are kept). Administrators make them by hand; the scheduled
 * backup runs unattended into the folder an administrator configured. Restoring is {@link BackupRestorer}.
 */
public final class BackupService {
    public static final String FOLDER_SETTING = "backup.folder";
    public static final String INTERVAL_SETTING = "backup.intervalHours";
    public static final String RETENTION_SETTING = "backup.retention";
    public static final String LAST_RUN_SETTING = "backup.lastRun";
    public static final int DEFAULT_RETENTION = 10;
    static final String PREFIX = "projectdesk-backup-";
    static final String MANIFEST = "manifest.json";
    static final String DATABASE = "database.zip";
    static final String ATTACHMENTS = "attachments/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.of("UTC"));

    private final Database database;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A manual backup into the folder; encrypted when a password is given. Administrators only. */
    public BackupResult backup(UserSession user, Path folder, char[] password) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (folder == null) {
            throw ValidationException.of("folder", "validation.required");
        }
        return write(user.username(), folder, password);
    }

    // ---- schedule ----

    public BackupSchedule schedule() {
        var s = database.settings();
        return new BackupSchedule(s.get(FOLDER_SETTING).map(Path::of).orElse(null),
                s.get(INTERVAL_SETTING).map(Integer::parseInt).orElse(0),
                s.get(RETENTION_SETTING).map(Integer::parseInt).orElse(DEFAULT_RETENTION),
                s.get(LAST_RUN_SETTING).map(Instant::parse).orElse(null));
    }

    /** Sets where and how often the unattended backup runs (interval 0 = never) and how many to keep. */
    public void setSchedule(UserSession user, Path folder, int intervalHours, int retention) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (intervalHours < 0 || intervalHours > 24 * 31) {
            throw ValidationException.of("intervalHours", "validation.backup.interval");
        }
        if (retention < 1 || retention > 1000) {
            throw ValidationException.of("retention", "validation.backup.retention");
        }
        if (intervalHours > 0 && folder == null) {
            throw ValidationException.of("folder", "validation.required");
        }
        var s = database.settings();
        s.put(FOLDER_SETTING, folder == null ? null : folder.toAbsolutePath().toString());
        s.put(INTERVAL_SETTING, Integer.toString(intervalHours));
        s.put(RETENTION_SETTING, Integer.toString(retention));
    }

    /**
     * The unattended backup, if one is due: run by the app's timer whoever is signed in (the schedule
     * itself was set by an administrator). Scheduled backups are not encrypted: a password would have
     * to be stored beside the data it protects.
     */
    public Optional<BackupResult> runIfDue() {
        return runIfDue(null);
    }

    /**
     * The same, encrypted with {@code password} when one is given: the app passes a password an
     * administrator typed in this session, held in memory only and never stored (ADR 30).
     */
    public Optional<BackupResult> runIfDue(char[] password) {
        BackupSchedule schedule = schedule();
        if (!schedule.isDue(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(write("system", schedule.folder(), password));
    }

    // ---- writing ----

    private BackupResult write(String actor, Path folder, char[] password) {
        Path dir = folder.toAbsolutePath().normalize();
        Instant now = clock.instant();
        Path file = dir.resolve(PREFIX + STAMP.format(now) + BackupFile.EXTENSION);
        Path work = null;
        try {
            Files.createDirectories(dir);
            work = Files.createTempDirectory(dir, ".pdbak-work");
            Path dbZip = work.resolve(DATABASE);
            AuditRecord headBefore = database.auditLog().head();
            Map<String, Long> counts = OnlineBackup.backupTo(database, dbZip);
            AuditRecord head = database.auditLog().head();
            if (head.seq() != headBefore.seq()) {
                counts = OnlineBackup.backupTo(database, dbZip);
                head = database.auditLog().head();
            }
            List<BackupManifest.FileEntry> attachments = attachments(ContentStore.folder(database.folder()));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, now.toString(), database.nodeId(), actor,
                    Files.size(dbZip), sha256(dbZip), counts, head.seq(), head.hash(), attachments);
            Path partial = dir.resolve(file.getFileName() + ".part");
            try (OutputStream raw = BackupFile.create(partial, password); ZipOutputStream zip = new ZipOutputStream(raw)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                copyEntry(zip, DATABASE, dbZip);
                Path root = ContentStore.folder(database.folder());
                for (BackupManifest.FileEntry a : attachments) {
                    copyEntry(zip, ATTACHMENTS + a.name(), root.resolve(a.name()));
                }
            }
            Files.move(partial, file);
            List<Path> removed = applyRetention(dir, schedule().retention());
            database.settings().put(LAST_RUN_SETTING, now.toString());
            database.runInTransaction(actor, s -> database.audit(s, new AuditEvent("BACKUP", actor, "Backup",
                    file.getFileName().toString(), null, "{\"auditEntries\":" + manifest.auditEntries() + "}")));
            return new BackupResult(file, Files.size(file), password != null && password.length > 0, manifest, removed);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, "backup to " + dir + " failed: " + e.getMessage(), e,
                    dir, e.getMessage());
        } finally {
            deleteQuietly(work);
            deleteQuietly(dir.resolve(file.getFileName() + ".part"));
        }
    }

    private static void copyEntry(ZipOutputStream zip, String name, Path source) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(source, zip);
        zip.closeEntry();
    }

    private static List<BackupManifest.FileEntry> attachments(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<BackupManifest.FileEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!name.endsWith(".tmp")) {
                    entries.add(new BackupManifest.FileEntry(name, Files.size(f), sha256(f)));
                }
            }
        }
        return entries;
    }

    /** Keeps the newest {@code keep} backups of this naming scheme in the folder; returns what it removed. */
    static List<Path> applyRetention(Path dir, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(PREFIX) && n.endsWith(BackupFile.EXTENSION);
            }).sorted().toList();
        }
        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            Files.delete(backups.get(i));
            removed.add(backups.get(i));
        }
        return removed;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a left-over temporary file is harmless; the backup's outcome is already decided
        }
    }

    /** The unattended backup's settings; {@code isDue} when a folder and interval are set and the interval has passed. */
    public record BackupSchedule(Path folder, int intervalHours, int retention, Instant lastRun) {
        public boolean isDue(Instant now) {
            return folder != null && intervalHours > 0
                    && (lastRun == null || !now.isBefore(lastRun.plus(Duration.ofHours(intervalHours))));
        }
    }
}
