package cn.projectdesk.core.backup;

import java.nio.file.Path;

/** A restore that passed verification: where the data now is, the rows and attachments restored and the intact audit chain's length. */
public record RestoreResult(Path folder, long rows, int tables, int attachments, long auditEntries, BackupManifest manifest) {
}
