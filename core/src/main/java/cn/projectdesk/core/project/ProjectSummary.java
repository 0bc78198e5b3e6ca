package cn.projectdesk.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A project as lists, editors and the CLI see it; {@code version} guards concurrent edits. */
public record ProjectSummary(UUID id, String code, String name, ProjectType type, UUID departmentId,
                             String departmentName, int year, Set<FundingSource> fundingSources,
                             LifecycleStage stage, ProjectStatus status, String ownerName,
                             LocalDate plannedStart, LocalDate plannedFinish, BigDecimal approvedBudget,
                             String description, long version) {
    public ProjectDraft toDraft() {
        return new ProjectDraft(code, name, type, departmentId, year, fundingSources, stage, status,
                plannedStart, plannedFinish, approvedBudget, description);
    }
}
