package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** While away (valid from..until, inclusive), the principal's pending steps may also be taken by the delegate. */
@Entity
@Table(name = "approval_delegation")
public class ApprovalDelegation extends SyncableEntity {
    @Column(name = "principal", nullable = false, length = 64)
    private String principal;

    @Column(name = "delegate", nullable = false, length = 64)
    private String delegate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "reason", length = 300)
    private String reason;

    protected ApprovalDelegation() {
    }

    public ApprovalDelegation(String principal, String delegate, LocalDate validFrom, LocalDate validUntil, String reason) {
        this.principal = principal;
        this.delegate = delegate;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.reason = reason;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getDelegate() {
        return delegate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getReason() {
        return reason;
    }

    public boolean isActiveOn(LocalDate day) {
        return !isDeleted() && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
