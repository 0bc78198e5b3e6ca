package cn.projectdesk.core.library;

import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.util.UUID;

/** A candidate as lists show it; projectCode/requestCode once it was promoted. */
public record CandidateRow(UUID id, String name, UUID departmentId, String departmentName, ProjectType type,
                           int priority, String planItem, BigDecimal estimatedInvestment, FundingSource fundingSource,
                           int proposedYear, String description, CandidateStatus status, String projectCode,
                           String requestCode, long version) {
}
