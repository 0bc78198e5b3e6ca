package cn.projectdesk.core.risk;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What one rule found in one evaluation: {@code key} identifies the thing (a task, a contract, a
 * request, a budget line) within its project and rule, so the same condition found again updates the
 * same warning instead of adding one.
 */
public record Finding(UUID projectId, WarningRule rule, String key, String subject, WarningSeverity severity,
                      String measured, String limit, LocalDate dueDate) {
}
