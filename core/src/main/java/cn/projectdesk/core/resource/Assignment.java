package cn.projectdesk.core.resource;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Task;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A resource working on a task at some units (percent of one full-time unit) for the task's whole span. */
@Entity
@Table(name = "assignment")
public class Assignment extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @Column(name = "units", nullable = false)
    private int units;

    protected Assignment() {
    }

    public Assignment(Task task, Resource resource, int units) {
        this.task = task;
        this.resource = resource;
        this.units = units;
    }

    public Task getTask() {
        return task;
    }

    public Resource getResource() {
        return resource;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        this.units = units;
    }
}
