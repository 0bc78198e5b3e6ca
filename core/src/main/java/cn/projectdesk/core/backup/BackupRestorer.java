package cn.projectdesk.core.backup;

import cn.projectdesk.core.archive.ContentStore;
import cn.projectdesk.core.audit.AuditService;
import cn.projectdesk.core.audit.AuditVerification;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.OnlineBackup;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Restores a backup into a fresh data folder, never over existing data: the folder must be new or
 * empty. Every entry is checked against the manifest while it is unpacked (size and SHA-256), then the
 * unpacked database's row counts against the manifest, then the application opens it (migrating it
 * if it is older) and walks the audit chain. Anything wrong removes what was unpacked and names why;
 * the data folder in use is never touched.
 */
public final class BackupRestorer {
    private BackupRestorer() {
    }

    public static boolean isEncrypted(Path backup) {
        return BackupFile.isEncrypted(backup);
    }

    public static RestoreResult restore(Path backup, Path newFolder, char[] password) {
        Path target = newFolder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Reason.IO, backup + " is not a file", null, backup, "not a file");
        }
        boolean created = requireFresh(target);
        boolean ok = false;
        try {
            BackupManifest manifest = unpack(backup, target, password);
            RestoreResult result = verify(target, manifest);
            ok = true;
            return result;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.CORRUPT, "the backup cannot be read: " + e.getMessage(), e, backup);
        } catch (BackupException e) {
            // problems found deep in the stream do not know the file's name; the message needs it
            throw e.arguments().isEmpty() ? new BackupException(e.reason(), e.getMessage(), e, backup) : e;
        } finally {
            if (!ok) {
                clear(target, created);
            }
        }
    }

    private static boolean requireFresh(Path target) {
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target);
                return true;
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.anyMatch(e -> !isLogFolder(e))) {
                    throw new BackupException(BackupException.Reason.TARGET_NOT_EMPTY, target + " is not empty", null, target);
                }
            }
            return false;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, e.getMessage(), e, target, e.getMessage());
        }
    }

    /**
     * The launcher starts logging into {@code logs/} of the data folder it was given before any
     * command runs, so a folder holding only that still counts as new (and the log is left alone).
     */
    private static boolean isLogFolder(Path entry) {
        return entry.getFileName().toString().equals("logs") && Files.isDirectory(entry);
    }

    private static BackupManifest unpack(Path backup, Path target, char[] password) throws IOException {
        BackupManifest manifest = null;
        Map<String, BackupManifest.FileEntry> expected = new HashMap<>();
        boolean databaseSeen = false;
        Path attachments = ContentStore.folder(target);
        try (ZipEnd raw = new ZipEnd(BackupFile.open(backup, password)); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (manifest == null) {
                    if (!BackupService.MANIFEST.equals(name)) {
                        throw corrupt(backup, "the manifest is not the first entry");
                    }
                    manifest = new ObjectMapper().readValue(zip.readAllBytes(), BackupManifest.class);
                    if (manifest.format() != BackupManifest.FORMAT) {
                        throw corrupt(backup, "unknown manifest format " + manifest.format());
                    }
                    manifest.attachments().forEach(a -> expected.put(BackupService.ATTACHMENTS + a.name(), a));
                } else if (BackupService.DATABASE.equals(name) && !databaseSeen) {
                    databaseSeen = true;
                    Path dbZip = target.resolve(".restore-" + BackupService.DATABASE);
                    check(backup, name, copy(zip, dbZip), manifest.databaseBytes(), manifest.databaseSha256());
                    extractDatabase(backup, dbZip, target);
                    Files.delete(dbZip);
                } else if (expected.containsKey(name)) {
                    BackupManifest.FileEntry a = expected.remove(name);
                    Path file = attachments.resolve(a.name()).normalize();
                    if (!file.startsWith(attachments)) {
                        throw corrupt(backup, "attachment name leaves the attachments folder: " + a.name());
                    }
                    Files.createDirectories(file.getParent());
                    check(backup, name, copy(zip, file), a.bytes(), a.sha256());
                } else {
                    throw corrupt(backup, "unexpected entry " + name);
                }
            }
            if (!raw.drainAndCheck()) {
                throw corrupt(backup, "the zip directory at the end is missing or cut short");
            }
        }
        if (manifest == null || !databaseSeen) {
            throw corrupt(backup, manifest == null ? "no manifest" : "no database copy");
        }
        if (!expected.isEmpty()) {
            throw corrupt(backup, "missing attachments " + expected.keySet());
        }
        return manifest;
    }

    /** H2's backup zip holds the database file under its own name; nothing else is taken from it. */
    private static void extractDatabase(Path backup, Path dbZip, Path target) throws IOException {
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dbZip))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(OnlineBackup.databaseFileName())) {
                    Files.copy(zip, target.resolve(OnlineBackup.databaseFileName()));
                    found = true;
                }
            }
        }
        if (!found) {
            throw corrupt(backup, "the database copy holds no " + OnlineBackup.databaseFileName());
        }
    }

    private static RestoreResult verify(Path target, BackupManifest manifest) {
        Map<String, Long> counts;
        try {
            counts = OnlineBackup.countsInFolder(target);
        } catch (IllegalStateException e) {
            throw new BackupException(BackupException.Reason.VERIFY_FAILED, e.getMessage(), e, target, e.getMessage());
        }
        if (!counts.equals(manifest.tableCounts())) {
            throw new BackupException(BackupException.Reason.VERIFY_FAILED, "row counts differ: restored " + counts
                    + ", manifest " + manifest.tableCounts(), null, target, "row counts");
        }
        try (Database restored = Database.open(target)) {
            AuditVerification chain = AuditService.verifyChain(restored);
            if (!chain.intact() || chain.entries() != manifest.auditEntries()) {
                throw new BackupException(BackupException.Reason.VERIFY_FAILED, "audit chain " + chain, null, target,
                        "audit chain");
            }
            long rows = counts.values().stream().mapToLong(Long::longValue).sum();
            return new RestoreResult(target, rows, counts.size(), manifest.attachments().size(), chain.entries(), manifest);
        }
    }

    private static void check(Path backup, String entry, Copied copied, long bytes, String sha256) {
        if (copied.bytes() != bytes || !copied.sha256().equals(sha256)) {
            throw corrupt(backup, entry + " does not match its manifest entry");
        }
    }

    private static Copied copy(InputStream in, Path file) throws IOException {
        MessageDigest sha = BackupService.digest();
        long n;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            n = in.transferTo(out);
        }
        return new Copied(n, HexFormat.of().formatHex(sha.digest()));
    }

    private record Copied(long bytes, String sha256) {
    }

    private static BackupException corrupt(Path backup, String why) {
        return new BackupException(BackupException.Reason.CORRUPT, backup + ": " + why, null, backup);
    }

    /** Removes what the failed restore unpacked: the folder was empty (or absent) before it began. */
    private static void clear(Path target, boolean created) {
        if (created) {
            BackupService.deleteQuietly(target);
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            entries.filter(e -> !isLogFolder(e)).forEach(BackupService::deleteQuietly);
        } catch (IOException ignored) {
            // nothing more can be done; the message of the original failure matters more
        }
    }

    /**
     * Watches every byte of the zip go by, so that after the entries the rest can be drained and the
     * end record checked: it must be the last 22 bytes and point at a central directory that ends
     * exactly there. A file cut short after its last entry would otherwise restore without complaint.
     */
    private static final class ZipEnd extends java.io.FilterInputStream {
        private final byte[] tail = new byte[22];
        private long count;

        ZipEnd(InputStream in) {
            super(in);
        }

        private void saw(byte[] b, int off, int n) {
            for (int i = 0; i < n; i++) {
                tail[(int) (count++ % tail.length)] = b[off + i];
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                saw(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                saw(b, off, n);
            }
            return n;
        }

        boolean drainAndCheck() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // reading is the point: every byte passes through saw()
            }
            if (count < tail.length) {
                return false;
            }
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(tail.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < tail.length; i++) {
                end.put(tail[(int) ((count + i) % tail.length)]);
            }
            long cenSize = Integer.toUnsignedLong(end.getInt(12));
            long cenOffset = Integer.toUnsignedLong(end.getInt(16));
            return end.getInt(0) == 0x06054b50 && cenOffset + cenSize + tail.length == count;
        }
    }
}
