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
import java.time.Instant;

/**
 * One thing that happened to a request, with time and actor. Append-only: no setters, every column
 * {@code updatable = false}, and the workflow code has no path that changes or removes an action.
 */
@Entity
@Table(name = "approval_action")
public class ApprovalAction extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    /** 1, 2, 3 ... within the request: the order of the timeline. */
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(name = "step_index", updatable = false)
    private Integer stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 16, updatable = false)
    private ActionType type;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    /** The away approver a delegate acted for. */
    @Column(name = "on_behalf_of", length = 64, updatable = false)
    private String onBehalfOf;

    /** 审批意见. */
    @Column(name = "opinion", length = 2000, updatable = false)
    private String opinion;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected ApprovalAction() {
    }

    ApprovalAction(ApprovalRequest request, int seq, int round, Integer stepIndex, ActionType type, String actor,
                   String onBehalfOf, String opinion, Instant actedAt) {
        this.request = request;
        this.seq = seq;
        this.round = round;
        this.stepIndex = stepIndex;
        this.type = type;
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.opinion = opinion;
        this.actedAt = actedAt;
    }

    public ApprovalRequest getRequest() {
        return request;
    }

    public int getSeq() {
        return seq;
    }

    public int getRound() {
        return round;
    }

    public Integer getStepIndex() {
        return stepIndex;
    }

    public ActionType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getOpinion() {
        return opinion;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    /** The approver whose place this action took: the away principal, or the actor. */
    public String getApprover() {
        return onBehalfOf == null ? actor : onBehalfOf;
    }
}
