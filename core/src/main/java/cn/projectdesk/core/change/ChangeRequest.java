package cn.projectdesk.core.change;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.workflow.ApprovalRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The structured part of a 变更申请: its kind, reason and impact lines; applied when the request is approved. */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ChangeKind kind;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "baseline_name", length = 100)
    private String baselineName;

    protected ChangeRequest() {
    }

    public ChangeRequest(Project project, ApprovalRequest request, ChangeKind kind, String reason) {
        this.project = project;
        this.request = request;
        this.kind = kind;
        this.reason = reason;
    }

    public Project getProject() {
        return project;
    }

    public ApprovalRequest getRequest() {
        return request;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getBaselineName() {
        return baselineName;
    }

    void applied(Instant at, String baseline) {
        this.appliedAt = at;
        this.baselineName = baseline;
    }
}
