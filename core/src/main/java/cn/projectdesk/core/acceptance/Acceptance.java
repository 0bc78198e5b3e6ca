package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import cn.projectdesk.core.project.Project;

/** One acceptance (preliminary or final) of a project: when, against which supplier, with what outcome. */
@Entity
@Table(name = "acceptance")
public class Acceptance extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private AcceptanceKind kind;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "held_on")
    private LocalDate heldOn;

    /** The supplier's organisation: experts from it may not sit on the panel. */
    @Column(name = "supplier_org", nullable = false, length = 200)
    private String supplierOrg;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private AcceptanceOutcome outcome = AcceptanceOutcome.PENDING;

    @Column(name = "conclusion", length = 2000)
    private String conclusion;

    protected Acceptance() {
    }

    public Acceptance(Project project, AcceptanceKind kind, LocalDate plannedOn, String supplierOrg) {
        this.project = project;
        this.kind = kind;
        this.plannedOn = plannedOn;
        this.supplierOrg = supplierOrg;
    }

    public Project getProject() {
        return project;
    }

    public AcceptanceKind getKind() {
        return kind;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSupplierOrg() {
        return supplierOrg;
    }

    public AcceptanceOutcome getOutcome() {
        return outcome;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void concluded(LocalDate heldOn, AcceptanceOutcome outcome, String conclusion) {
        this.heldOn = heldOn;
        this.outcome = outcome;
        this.conclusion = conclusion;
    }
}
