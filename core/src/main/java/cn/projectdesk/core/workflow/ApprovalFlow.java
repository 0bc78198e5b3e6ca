package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The approval flow of one request type (its steps are {@link ApprovalFlowStep} rows). */
@Entity
@Table(name = "approval_flow")
public class ApprovalFlow extends SyncableEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 32)
    private RequestType requestType;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** A step waiting longer than this many working days (by the project calendar) is overdue. */
    @Column(name = "due_working_days", nullable = false)
    private int dueWorkingDays;

    protected ApprovalFlow() {
    }

    public ApprovalFlow(RequestType requestType, String name, int dueWorkingDays) {
        this.requestType = requestType;
        this.name = name;
        this.dueWorkingDays = dueWorkingDays;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDueWorkingDays() {
        return dueWorkingDays;
    }

    public void setDueWorkingDays(int dueWorkingDays) {
        this.dueWorkingDays = dueWorkingDays;
    }
}
