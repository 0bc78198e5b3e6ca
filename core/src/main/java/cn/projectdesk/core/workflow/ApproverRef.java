package cn.projectdesk.core.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may take a step: a role (the nearest holders up the requester's org chain) or a named user.
 * Stored as "ROLE:SECTION_CHIEF" or "USER:chenjing", several joined by commas.
 */
public record ApproverRef(Kind kind, String value) {
    public enum Kind {
        ROLE, USER
    }

    public static ApproverRef role(String roleCode) {
        return new ApproverRef(Kind.ROLE, roleCode);
    }

    public static ApproverRef user(String username) {
        return new ApproverRef(Kind.USER, username);
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }

    static String format(List<ApproverRef> refs) {
        return String.join(",", refs.stream().map(ApproverRef::toString).toList());
    }

    static List<ApproverRef> parse(String text) {
        List<ApproverRef> refs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return refs;
        }
        for (String part : text.split(",")) {
            int colon = part.indexOf(':');
            refs.add(new ApproverRef(Kind.valueOf(part.substring(0, colon).trim()), part.substring(colon + 1).trim()));
        }
        return refs;
    }
}
