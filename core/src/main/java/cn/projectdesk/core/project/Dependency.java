package cn.projectdesk.core.project;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import cn.projectdesk.core.schedule.DependencyType;

/** A link between two tasks of one project; lag in working days, negative for lead time. */
@Entity
@Table(name = "task_dependency")
public class Dependency extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id", nullable = false)
    private Task predecessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id", nullable = false)
    private Task successor;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 2)
    private DependencyType type = DependencyType.FS;

    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    protected Dependency() {
    }

    public Dependency(Project project, Task predecessor, Task successor, DependencyType type, int lagDays) {
        this.project = project;
        this.predecessor = predecessor;
        this.successor = successor;
        this.type = type;
        this.lagDays = lagDays;
    }

    public Project getProject() {
        return project;
    }

    public Task getPredecessor() {
        return predecessor;
    }

    public Task getSuccessor() {
        return successor;
    }

    public DependencyType getType() {
        return type;
    }

    public void setType(DependencyType type) {
        this.type = type;
    }

    public int getLagDays() {
        return lagDays;
    }

    public void setLagDays(int lagDays) {
        this.lagDays = lagDays;
    }
}
