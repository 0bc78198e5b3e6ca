package cn.projectdesk.core.lifecycle;

/** One checklist item of a project's current gate: met or not, and what shows it (request code, document, confirmation). */
public record GateItemStatus(String key, GateItemKind kind, String refCode, String label, boolean met, String evidence) {
}
