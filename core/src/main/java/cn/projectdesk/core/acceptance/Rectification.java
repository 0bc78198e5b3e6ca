package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AppUser;

/** 整改: a failed acceptance item to fix, with owner and due date; closed with evidence of the fix. */
@Entity
@Table(name = "rectification")
public class Rectification extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acceptance_id", nullable = false, updatable = false)
    private Acceptance acceptance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "check_id", updatable = false)
    private AcceptanceCheck check;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "evidence", length = 1000)
    private String evidence;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected Rectification() {
    }

    public Rectification(Acceptance acceptance, AcceptanceCheck check, String description, AppUser owner, LocalDate dueOn) {
        this.acceptance = acceptance;
        this.project = acceptance.getProject();
        this.check = check;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public Acceptance getAcceptance() {
        return acceptance;
    }

    public Project getProject() {
        return project;
    }

    public AcceptanceCheck getCheck() {
        return check;
    }

    public String getDescription() {
        return description;
    }

    public AppUser getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public void close(String evidence, LocalDate on, String by) {
        this.evidence = evidence;
        this.closedOn = on;
        this.closedBy = by;
    }
}
