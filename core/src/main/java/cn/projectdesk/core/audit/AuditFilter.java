package cn.projectdesk.core.audit;

import java.time.LocalDate;

/** What an auditor filters by (null = any): days (inclusive, Beijing time), user, project number, action. */
public record AuditFilter(LocalDate from, LocalDate until, String user, String projectCode, String action) {
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
