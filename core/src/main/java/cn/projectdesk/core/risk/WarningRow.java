package cn.projectdesk.core.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A warning as the warnings centre, the home screen and the CLI show it. */
public record WarningRow(UUID id, UUID projectId, String projectCode, String projectName, WarningRule rule,
                         WarningSeverity severity, WarningStatus status, String subject, String measured, String limit,
                         LocalDate dueDate, String owner, boolean conditionActive, Instant firstSeen,
                         String acknowledgedBy, String rectification, String rectifiedBy, String closedBy, long version) {
}
