package cn.projectdesk.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project's progress at its status date, optionally against a baseline; rows are leaf tasks in WBS order. */
public record ProgressReport(UUID projectId, String projectCode, LocalDate statusDate, BigDecimal thresholdPoints,
                             UUID baselineId, String baselineName, ProjectProgress totals, List<Row> rows) {
    public ProgressReport {
        rows = List.copyOf(rows);
    }

    /** One leaf task and its figures. */
    public record Row(UUID taskId, String wbsCode, String name, LocalDate start, LocalDate finish, TaskProgress progress) {
    }
}
