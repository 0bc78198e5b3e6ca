package cn.projectdesk.core.dashboard;

import java.time.LocalDate;
import java.util.UUID;

/** A leaf task past its finish and not complete. */
public record OverdueItem(UUID projectId, String projectCode, String wbsCode, String taskName, LocalDate finish,
                          long daysOverdue, int percentComplete, boolean milestone) {
}
