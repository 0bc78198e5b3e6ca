package cn.projectdesk.core.archive;

import cn.projectdesk.core.project.LifecycleStage;

/** A document to file: stage, type, title, original file name, who may see it, notes. */
public record ArchiveDraft(LifecycleStage stage, DocumentType type, String title, String fileName, AccessLevel access,
                           String notes) {
}
