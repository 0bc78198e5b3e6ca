package cn.projectdesk.core.audit;

import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;

/** Verification of the audit chain, for auditors and administrators. */
public final class AuditService {
    private final Database database;

    public AuditService(Database database) {
        this.database = database;
    }

    public AuditVerification verify(UserSession user) {
        if (user == null || !(user.has(Permission.AUDIT_VIEW) || user.has(Permission.ADMINISTER))) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.AUDIT_VIEW, "audit log");
        }
        AuditVerifier verifier = new AuditVerifier();
        database.auditLog().forEachInOrder(verifier);
        return verifier.result(database.auditLog().head());
    }

    /**
     * The same walk without a signed-in user: a restore checks the chain of a folder nobody can sign in
     * to yet. It reveals only the verdict, nothing of the entries.
     */
    public static AuditVerification verifyChain(Database database) {
        AuditVerifier verifier = new AuditVerifier();
        database.auditLog().forEachInOrder(verifier);
        return verifier.result(database.auditLog().head());
    }
}
