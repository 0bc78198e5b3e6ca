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
import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a flow definition: who (roles or named users), any-one or all (会签), and an optional
 * amount condition: the step applies only when the request's amount is over {@code minAmount}.
 */
@Entity
@Table(name = "approval_flow_step")
public class ApprovalFlowStep extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flow_id", nullable = false)
    private ApprovalFlow flow;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 8)
    private ApprovalMode mode;

    @Column(name = "approvers", nullable = false, length = 1000)
    private String approvers;

    @Column(name = "min_amount", precision = 18, scale = 2)
    private BigDecimal minAmount;

    protected ApprovalFlowStep() {
    }

    public ApprovalFlowStep(ApprovalFlow flow, int stepIndex, String name, ApprovalMode mode, List<ApproverRef> approvers,
                            BigDecimal minAmount) {
        this.flow = flow;
        this.stepIndex = stepIndex;
        this.name = name;
        this.mode = mode;
        this.approvers = ApproverRef.format(approvers);
        this.minAmount = minAmount;
    }

    public ApprovalFlow getFlow() {
        return flow;
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

    public List<ApproverRef> getApprovers() {
        return ApproverRef.parse(approvers);
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    /** Whether the step applies to a request of this amount (no condition, or amount over the threshold). */
    public boolean appliesTo(BigDecimal amount) {
        return minAmount == null || amount != null && amount.compareTo(minAmount) > 0;
    }
}
