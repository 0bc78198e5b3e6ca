package cn.projectdesk.core.risk;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A warning of the warnings centre and where it stands in its lifecycle. */
@Entity
@Table(name = "risk_warning")
public class RiskWarning extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 32)
    private WarningRule rule;

    @Column(name = "subject_key", nullable = false, length = 200)
    private String subjectKey;

    @Column(name = "subject", nullable = false, length = 400)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private WarningSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private WarningStatus status;

    @Column(name = "owner", length = 64)
    private String owner;

    @Column(name = "measured", length = 60)
    private String measured;

    @Column(name = "limit_value", length = 60)
    private String limit;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "condition_active", nullable = false)
    private boolean conditionActive;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "rectification", length = 2000)
    private String rectification;

    @Column(name = "rectified_by", length = 64)
    private String rectifiedBy;

    @Column(name = "rectified_at")
    private Instant rectifiedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    public RiskWarning() {
    }

    public RiskWarning(Project project, Finding f, String owner, Instant now) {
        this.project = project;
        this.rule = f.rule();
        this.subjectKey = f.key();
        this.status = WarningStatus.OPEN;
        this.owner = owner;
        this.firstSeen = now;
        update(f);
    }

    /** The condition was found again: refresh what it measures (only changed values reach the change log). */
    void update(Finding f) {
        this.subject = f.subject();
        this.severity = f.severity();
        this.measured = f.measured();
        this.limit = f.limit();
        this.dueDate = f.dueDate();
        this.conditionActive = true;
    }

    void conditionCleared() {
        this.conditionActive = false;
    }

    void acknowledge(String by, Instant at) {
        status = WarningStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    void rectify(String by, Instant at, String note) {
        status = WarningStatus.RECTIFIED;
        rectifiedBy = by;
        rectifiedAt = at;
        rectification = note;
    }

    void close(String by, Instant at) {
        status = WarningStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public Project getProject() { return project; }
    public WarningRule getRule() { return rule; }
    public String getSubjectKey() { return subjectKey; }
    public String getSubject() { return subject; }
    public WarningSeverity getSeverity() { return severity; }
    public WarningStatus getStatus() { return status; }
    public String getOwner() { return owner; }
    public String getMeasured() { return measured; }
    public String getLimit() { return limit; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isConditionActive() { return conditionActive; }
    public Instant getFirstSeen() { return firstSeen; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getRectification() { return rectification; }
    public String getRectifiedBy() { return rectifiedBy; }
    public Instant getRectifiedAt() { return rectifiedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
}
