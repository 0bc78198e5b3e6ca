package cn.projectdesk.core.audit;

/**
 * The verdict on the audit chain: intact with N entries, or the first entry found altered, missing
 * or out of order.
 */
public record AuditVerification(boolean intact, long entries, long firstBadSeq, Problem problem) {

    public enum Problem {
        /** the entry's content no longer matches its hash */
        ALTERED,
        /** an entry is missing: a gap in the sequence, or entries cut off the end */
        MISSING,
        /** the entry does not follow its predecessor: rows swapped or reordered */
        REORDERED
    }

    static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, 0, null);
    }

    static AuditVerification broken(long entries, long seq, Problem problem) {
        return new AuditVerification(false, entries, seq, problem);
    }
}
