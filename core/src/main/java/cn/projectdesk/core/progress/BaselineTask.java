package cn.projectdesk.core.progress;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Task;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One task's dates, duration and cost as they were when the baseline was saved. */
@Entity
@Table(name = "baseline_task")
public class BaselineTask extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "baseline_id", nullable = false)
    private Baseline baseline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "finish_date")
    private LocalDate finish;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "planned_cost", precision = 18, scale = 2)
    private BigDecimal plannedCost;

    protected BaselineTask() {
    }

    public BaselineTask(Baseline baseline, Task task) {
        this.baseline = baseline;
        this.task = task;
        this.start = task.getStart();
        this.finish = task.getFinish();
        this.durationDays = task.getDurationDays();
        this.plannedCost = task.getPlannedCost();
    }

    /** A baseline row with dates from elsewhere (an imported MS Project baseline). */
    public BaselineTask(Baseline baseline, Task task, LocalDate start, LocalDate finish, int durationDays, BigDecimal plannedCost) {
        this.baseline = baseline;
        this.task = task;
        this.start = start;
        this.finish = finish;
        this.durationDays = durationDays;
        this.plannedCost = plannedCost;
    }

    public Baseline getBaseline() {
        return baseline;
    }

    public Task getTask() {
        return task;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getFinish() {
        return finish;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public BigDecimal getPlannedCost() {
        return plannedCost;
    }
}
