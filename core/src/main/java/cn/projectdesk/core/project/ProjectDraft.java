package cn.projectdesk.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a user fills in to create or change a project. {@code code} may be blank on creation: the next
 * free {office}-{year}-{seq} number is then allocated.
 */
public record ProjectDraft(String code, String name, ProjectType type, UUID departmentId, int year,
                           Set<FundingSource> fundingSources, LifecycleStage stage, ProjectStatus status,
                           LocalDate plannedStart, LocalDate plannedFinish, BigDecimal approvedBudget,
                           String description) {
    public ProjectDraft {
        fundingSources = fundingSources == null ? Set.of() : Set.copyOf(fundingSources);
    }

    /** A new project in the planning stage with only the fields the CLI asks for. */
    public static ProjectDraft minimal(String code, String name, ProjectType type, UUID departmentId, int year) {
        return new ProjectDraft(code, name, type, departmentId, year, Set.of(), LifecycleStage.PLANNING,
                ProjectStatus.ACTIVE, null, null, null, null);
    }
}
