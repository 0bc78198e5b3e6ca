package cn.projectdesk.core.backup;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written first into it: the row count of every table, the audit chain's length
 * and head hash, and the size and SHA-256 of the database copy and of every attachment. A restore
 * checks the file against it entry by entry, then the restored data against it.
 */
public record BackupManifest(int format, String createdAt, String nodeId, String createdBy, long databaseBytes,
                             String databaseSha256, Map<String, Long> tableCounts, long auditEntries,
                             String auditHeadHash, List<FileEntry> attachments) {
    public static final int FORMAT = 1;

    public BackupManifest {
        tableCounts = Map.copyOf(tableCounts);
        attachments = List.copyOf(attachments);
    }

    /** One attachment file: its path below the attachments folder, size and SHA-256 (hex). */
    public record FileEntry(String name, long bytes, String sha256) {
    }

    public long attachmentBytes() {
        return attachments.stream().mapToLong(FileEntry::bytes).sum();
    }
}
