package cn.projectdesk.core.library;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.workflow.ApprovalRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A candidate project in the project library (项目库); promotion links it to the project and its proposal. */
@Entity
@Table(name = "library_candidate")
public class LibraryCandidate extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private OrgUnit department;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 32)
    private ProjectType type;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "plan_item", length = 300)
    private String planItem;

    @Column(name = "estimated_investment", nullable = false, precision = 18, scale = 2)
    private BigDecimal estimatedInvestment;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 32)
    private FundingSource fundingSource;

    @Column(name = "proposed_year", nullable = false)
    private int proposedYear;

    @Column(name = "description", length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CandidateStatus status = CandidateStatus.CANDIDATE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ApprovalRequest request;

    protected LibraryCandidate() {
    }

    public LibraryCandidate(OrgUnit department, CandidateDraft draft) {
        apply(department, draft);
    }

    public final void apply(OrgUnit department, CandidateDraft d) {
        this.department = department;
        this.name = d.name().strip();
        this.type = d.type();
        this.priority = d.priority();
        this.planItem = d.planItem() == null || d.planItem().isBlank() ? null : d.planItem().strip();
        this.estimatedInvestment = d.estimatedInvestment().setScale(2);
        this.fundingSource = d.fundingSource();
        this.proposedYear = d.proposedYear();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
    }

    public void promoted(Project project, ApprovalRequest request) {
        this.project = project;
        this.request = request;
        this.status = CandidateStatus.PROMOTED;
    }

    public void setStatus(CandidateStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public ProjectType getType() {
        return type;
    }

    public int getPriority() {
        return priority;
    }

    public String getPlanItem() {
        return planItem;
    }

    public BigDecimal getEstimatedInvestment() {
        return estimatedInvestment;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public int getProposedYear() {
        return proposedYear;
    }

    public String getDescription() {
        return description;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public Project getProject() {
        return project;
    }

    public ApprovalRequest getRequest() {
        return request;
    }

    public CandidateRow toRow() {
        return new CandidateRow(getId(), name, department.getId(), department.getName(), type, priority, planItem,
                estimatedInvestment, fundingSource, proposedYear, description, status,
                project == null ? null : project.getCode(), request == null ? null : request.getCode(), getVersion());
    }

}
