package cn.projectdesk.core.audit;

import cn.projectdesk.core.store.AuditChain;
import cn.projectdesk.core.store.AuditRecord;
import java.util.function.Consumer;

/**
 * Walks the chain once, in seq order, and stops at the first entry that breaks it. Streaming: it
 * keeps only the previous entry's seq and hash.
 */
final class AuditVerifier implements Consumer<AuditRecord> {
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long seen;
    private AuditVerification failure;

    @Override
    public void accept(AuditRecord r) {
        if (failure != null) {
            return;
        }
        seen++;
        if (r.seq() != expectedSeq) {
            failure = AuditVerification.broken(seen, expectedSeq, AuditVerification.Problem.MISSING);
        } else if (!r.prevHash().equals(previousHash)) {
            // content moved here from elsewhere in the chain, or the previous entry was re-signed
            failure = AuditVerification.broken(seen, r.seq(), AuditVerification.Problem.REORDERED);
        } else if (!r.expectedHash().equals(r.hash())) {
            failure = AuditVerification.broken(seen, r.seq(), AuditVerification.Problem.ALTERED);
        }
        expectedSeq = r.seq() + 1;
        previousHash = r.hash();
    }

    AuditVerification result(AuditRecord head) {
        if (failure != null) {
            return failure;
        }
        if (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash)) {
            return AuditVerification.broken(seen, expectedSeq, AuditVerification.Problem.MISSING);
        }
        return AuditVerification.ok(seen);
    }
}
