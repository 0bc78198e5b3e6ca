package cn.projectdesk.core.lifecycle;

/**
 * What a stage-gate checklist item asks for: an approved request of a type (APPROVAL), a document of a
 * type in the archive (DOCUMENT, confirmed by hand until the archive can answer), or a confirmation a
 * user gives with a note (MANUAL).
 */
public enum GateItemKind {
    APPROVAL, DOCUMENT, MANUAL
}
