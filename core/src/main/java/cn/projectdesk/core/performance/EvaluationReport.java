package cn.projectdesk.core.performance;

import java.time.LocalDate;
import java.util.UUID;

/** A self-evaluation as reports print it: the project, the year, the scorecard and the evaluator's summary. */
public record EvaluationReport(UUID id, UUID projectId, String projectCode, String projectName, String department,
                               String projectType, int year, LocalDate evaluatedOn, String summary, Scorecard scorecard) {
}
