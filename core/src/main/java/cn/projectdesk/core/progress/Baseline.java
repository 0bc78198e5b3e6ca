package cn.projectdesk.core.progress;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A named snapshot of a project's plan (基线), kept to measure later variance against. */
@Entity
@Table(name = "baseline")
public class Baseline extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "saved_on", nullable = false)
    private LocalDate savedOn;

    protected Baseline() {
    }

    public Baseline(Project project, String name, LocalDate savedOn) {
        this.project = project;
        this.name = name;
        this.savedOn = savedOn;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSavedOn() {
        return savedOn;
    }
}
