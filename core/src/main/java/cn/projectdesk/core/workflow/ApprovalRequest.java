package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request on its way through its flow. The state fields (status, round, current step, when it was
 * entered) are changed only by {@link ApprovalEngine}; what happened is in the append-only actions.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends SyncableEntity {
    @Column(name = "code", nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 32, updatable = false)
    private RequestType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false, updatable = false)
    private AppUser requester;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "content", length = 4000)
    private String content;

    @Column(name = "amount", precision = 18, scale = 2)
    private BigDecimal amount;

    /** What the effect needs (e.g. budget lines to adjust), as text the effect understands. */
    @Column(name = "effect_data", length = 4000)
    private String effectData;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RequestStatus status = RequestStatus.DRAFT;

    /** 0 while a draft; 1 at the first submission, +1 at each resubmission after a rejection. */
    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "current_step")
    private Integer currentStep;

    /** The action seq that entered the current step; approvals after it count for the step. */
    @Column(name = "step_entered_seq", nullable = false)
    private int stepEnteredSeq;

    @Column(name = "step_since")
    private Instant stepSince;

    @Column(name = "action_count", nullable = false)
    private int actionCount;

    @Column(name = "due_working_days", nullable = false)
    private int dueWorkingDays;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ApprovalRequest() {
    }

    ApprovalRequest(String code, RequestType type, Project project, AppUser requester, Instant createdAt) {
        this.code = code;
        this.type = type;
        this.project = project;
        this.requester = requester;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public RequestType getType() {
        return type;
    }

    public Project getProject() {
        return project;
    }

    public AppUser getRequester() {
        return requester;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getEffectData() {
        return effectData;
    }

    void describe(String title, String content, BigDecimal amount, String effectData) {
        this.title = title;
        this.content = content;
        this.amount = amount;
        this.effectData = effectData;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public int getRound() {
        return round;
    }

    public Integer getCurrentStep() {
        return currentStep;
    }

    public int getStepEnteredSeq() {
        return stepEnteredSeq;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public int getActionCount() {
        return actionCount;
    }

    public int getDueWorkingDays() {
        return dueWorkingDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    int nextSeq() {
        return ++actionCount;
    }

    void startRound(int dueWorkingDays, Instant at) {
        this.round++;
        this.dueWorkingDays = dueWorkingDays;
        this.submittedAt = at;
        this.closedAt = null;
        this.status = RequestStatus.PENDING;
    }

    void enterStep(Integer step, int seq, Instant at) {
        this.currentStep = step;
        this.stepEnteredSeq = seq;
        this.stepSince = step == null ? null : at;
    }

    void close(RequestStatus finalStatus, Instant at) {
        this.status = finalStatus;
        this.currentStep = null;
        this.stepSince = null;
        this.closedAt = at;
    }
}
