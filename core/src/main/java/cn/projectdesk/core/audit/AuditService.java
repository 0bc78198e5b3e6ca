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

    public static final String EXPORT_ACTION = "AUDIT_EXPORT";
    /** The screen shows at most this many entries; narrow the filter (or export) for more. */
    public static final int SCREEN_LIMIT = 2_000;
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    public AuditVerification verify(UserSession user) {
        requireAuditor(user);
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

    /** Entries matching the filter, newest first (at most {@link #SCREEN_LIMIT}). */
    public java.util.List<cn.projectdesk.core.store.AuditRecord> entries(UserSession user, AuditFilter filter) {
        requireAuditor(user);
        return database.auditLog().search(query(filter, SCREEN_LIMIT));
    }

    /** {@link #export(UserSession, AuditFilter, java.nio.file.Path, java.util.Locale)} in the default language. */
    public int export(UserSession user, AuditFilter filter, java.nio.file.Path file) {
        return export(user, filter, file, java.util.Locale.getDefault());
    }

    /**
     * Writes the filtered entries, oldest first, to an Excel file, or to a printable PDF when the name ends
     * in {@code .pdf} (headed with the filter and the chain's verdict, in {@code locale}'s language); the
     * export itself goes on the audit chain. Returns the number of entries written.
     */
    public int export(UserSession user, AuditFilter filter, java.nio.file.Path file, java.util.Locale locale) {
        requireAuditor(user);
        java.util.List<cn.projectdesk.core.store.AuditRecord> found = database.auditLog().search(query(filter, 100_000));
        boolean pdf = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        try {
            if (pdf) {
                java.util.List<cn.projectdesk.core.store.AuditRecord> oldestFirst = new java.util.ArrayList<>(found);
                java.util.Collections.reverse(oldestFirst);
                new AuditLogPdf(locale, cn.projectdesk.core.report.FormFont.resolve()).write(oldestFirst,
                        new AuditLogPdf.Heading(filter, verify(user), java.time.ZonedDateTime.now(ZONE)), file);
            } else {
                AuditExport.write(found, file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write " + file, e);
        }
        database.runInTransaction(user.username(), s -> database.audit(s, new cn.projectdesk.core.store.AuditEvent(
                EXPORT_ACTION, user.username(), null, null, null, "{\"entries\":" + found.size() + ",\"file\":\""
                + file.getFileName().toString().replace("\"", "") + "\"}")));
        return found.size();
    }

    private cn.projectdesk.core.store.AuditQuery query(AuditFilter f, int limit) {
        String mentions = null;
        if (f.projectCode() != null && !f.projectCode().isBlank()) {
            mentions = database.read(s -> s.createSelectionQuery("select id from Project where code = :c", java.util.UUID.class)
                    .setParameter("c", f.projectCode().strip()).uniqueResultOptional()
                    .map(java.util.UUID::toString).orElseThrow(() -> cn.projectdesk.core.domain.ValidationException.of(
                            "project", "validation.approval.unknownProject")));
        }
        return new cn.projectdesk.core.store.AuditQuery(
                f.from() == null ? null : f.from().atStartOfDay(ZONE).toInstant(),
                f.until() == null ? null : f.until().plusDays(1).atStartOfDay(ZONE).toInstant(),
                blankToNull(f.user()), blankToNull(f.action()), mentions, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireAuditor(UserSession user) {
        if (user == null || !(user.has(Permission.AUDIT_VIEW) || user.has(Permission.ADMINISTER))) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.AUDIT_VIEW, "audit log");
        }
    }
}
