package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.LifecycleStage;
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

/** A user's confirmation that a MANUAL (or, without an archive, a DOCUMENT) gate item is met. */
@Entity
@Table(name = "stage_gate_confirmation")
public class GateConfirmation extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 32, updatable = false)
    private LifecycleStage stage;

    @Column(name = "item_key", nullable = false, length = 100, updatable = false)
    private String itemKey;

    @Column(name = "confirmed_by", nullable = false, length = 64, updatable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private Instant confirmedAt;

    @Column(name = "note", nullable = false, length = 1000, updatable = false)
    private String note;

    protected GateConfirmation() {
    }

    public GateConfirmation(Project project, LifecycleStage stage, String itemKey, String confirmedBy, Instant confirmedAt,
                            String note) {
        this.project = project;
        this.stage = stage;
        this.itemKey = itemKey;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.note = note;
    }

    public Project getProject() {
        return project;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getNote() {
        return note;
    }
}
