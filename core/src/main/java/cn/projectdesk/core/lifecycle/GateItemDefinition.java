package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.workflow.RequestType;

/**
 * One checklist item of a stage gate. {@code refCode} is the request type (APPROVAL), the document type
 * (DOCUMENT) or a short code of the manual check (MANUAL); {@code label} is what users read.
 */
public record GateItemDefinition(GateItemKind kind, String refCode, String label) {
    public GateItemDefinition {
        if (kind == null || refCode == null || !refCode.strip().matches("[A-Z0-9_]{1,64}")) {
            throw ValidationException.of("refCode", "validation.lifecycle.badGateItem");
        }
        if (label == null || label.isBlank() || label.strip().length() > 200) {
            throw ValidationException.of("label", "validation.lifecycle.badGateItem");
        }
        refCode = refCode.strip();
        label = label.strip();
        if (kind == GateItemKind.APPROVAL) {
            try {
                RequestType.valueOf(refCode);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("refCode", "validation.lifecycle.badGateItem");
            }
        }
    }

    public static GateItemDefinition approval(RequestType type, String label) {
        return new GateItemDefinition(GateItemKind.APPROVAL, type.name(), label);
    }

    public static GateItemDefinition document(String docType, String label) {
        return new GateItemDefinition(GateItemKind.DOCUMENT, docType, label);
    }

    public static GateItemDefinition manual(String code, String label) {
        return new GateItemDefinition(GateItemKind.MANUAL, code, label);
    }

    /** Identifies the item within its stage (confirmations refer to it). */
    public String key() {
        return kind + ":" + refCode;
    }
}
