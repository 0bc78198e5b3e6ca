package cn.projectdesk.core.archive;

import cn.projectdesk.core.project.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/** One document version as lists, the CLI and the export see it. */
public record ArchiveDocumentRow(UUID id, UUID projectId, String projectCode, String number, LifecycleStage stage,
                                 DocumentType type, int versionNo, boolean current, String title, String fileName,
                                 long sizeBytes, String sha256, AccessLevel access, String notes, String uploadedBy,
                                 Instant uploadedAt) {
}
