package cn.projectdesk.core.backup;

import java.nio.file.Path;
import java.util.List;

/** A backup written: its file, size, whether it is encrypted, its manifest and older backups removed by retention. */
public record BackupResult(Path file, long bytes, boolean encrypted, BackupManifest manifest, List<Path> removedByRetention) {
    public BackupResult {
        removedByRetention = List.copyOf(removedByRetention);
    }
}
