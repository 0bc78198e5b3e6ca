package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A step of one request's route as resolved when it was submitted (round by round): the named
 * approvers, or why nobody could take it. Later edits of the flow do not change routes in progress.
 */
@Entity
@Table(name = "approval_request_step")
public class ApprovalRequestStep extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(name = "step_index", nullable = false, updatable = false)
    private int stepIndex;

    @Column(name = "name", nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 8, updatable = false)
    private ApprovalMode mode;

    /** Usernames, comma-separated; empty when the step is skipped. */
    @Column(name = "approvers", nullable = false, length = 1000, updatable = false)
    private String approvers;

    @Column(name = "skip_reason", length = 300, updatable = false)
    private String skipReason;

    protected ApprovalRequestStep() {
    }

    ApprovalRequestStep(ApprovalRequest request, int round, int stepIndex, String name, ApprovalMode mode,
                        List<String> approvers, String skipReason) {
        this.request = request;
        this.round = round;
        this.stepIndex = stepIndex;
        this.name = name;
        this.mode = mode;
        this.approvers = String.join(",", approvers);
        this.skipReason = skipReason;
    }

    public ApprovalRequest getRequest() {
        return request;
    }

    public int getRound() {
        return round;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public String getName() {
        return name;
    }

    public ApprovalMode getMode() {
        return mode;
    }

    public List<String> getApprovers() {
        return approvers.isEmpty() ? List.of() : Arrays.asList(approvers.split(","));
    }

    public String getSkipReason() {
        return skipReason;
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
