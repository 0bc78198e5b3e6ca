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
import java.time.LocalDate;

/** One move of a project into a stage (through its gate, or by an approval's effect): append-only history. */
@Entity
@Table(name = "stage_transition")
public class StageTransition extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 32, updatable = false)
    private LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 32, updatable = false)
    private LifecycleStage toStage;

    @Column(name = "moved_on", nullable = false, updatable = false)
    private LocalDate movedOn;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    protected StageTransition() {
    }

    public StageTransition(Project project, LifecycleStage fromStage, LifecycleStage toStage, LocalDate movedOn,
                           Instant movedAt, String actor, String note) {
        this.project = project;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedOn = movedOn;
        this.movedAt = movedAt;
        this.actor = actor;
        this.note = note;
    }

    public Project getProject() {
        return project;
    }

    public LifecycleStage getFromStage() {
        return fromStage;
    }

    public LifecycleStage getToStage() {
        return toStage;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
