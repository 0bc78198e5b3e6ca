package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.archive.DocumentType;

/**
 * One checklist item of a project's current gate: met or not, and what shows it (request code, document,
 * confirmation). {@code labelKey} is the message key of a shipped item's name (screens translate it; an
 * administrator's own item has none and shows {@code label}); {@code documentType} is the archive type
 * that meets a DOCUMENT item, filed in {@code stage}.
 */
public record GateItemStatus(String key, GateItemKind kind, String refCode, String label, String labelKey,
                             DocumentType documentType, boolean met, String evidence) {
}
