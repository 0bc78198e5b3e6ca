package cn.projectdesk.sync.merge;

import cn.projectdesk.core.store.EntityFields;
import java.util.Set;

/**
 * Which records are append-only and which fields need strict review of their conflicts (ADR 11):
 * money and dates, because a silently replaced amount or deadline has legal weight, and approval
 * states, because they record a decision.
 */
public record MergePolicy(Set<String> appendOnlyTypes, Set<String> stateFields) {
    public static MergePolicy standard() {
        return new MergePolicy(Set.of("ApprovalAction", "Payment", "AuditEntry"), Set.of("status"));
    }

    public boolean appendOnly(String entityType) {
        return appendOnlyTypes.contains(entityType);
    }

    public boolean strict(String entityType, String field) {
        return switch (EntityFields.kind(entityType, field)) {
            case MONEY, DATE -> true;
            case ENUM -> stateFields.contains(field);
            default -> false;
        };
    }
}
