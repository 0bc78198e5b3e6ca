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
import cn.projectdesk.core.schedule.ConstraintType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A WBS element. Its place in the tree is parent + sortOrder; wbsCode ("1.2.3") is derived from it. */
@Entity
@Table(name = "task")
public class Task extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Task parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "wbs_code", nullable = false, length = 100)
    private String wbsCode = "";

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "finish_date")
    private LocalDate finish;

    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Column(name = "milestone", nullable = false)
    private boolean milestone;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_finish")
    private LocalDate actualFinish;

    @Column(name = "planned_cost", precision = 18, scale = 2)
    private BigDecimal plannedCost;

    @Column(name = "actual_cost", precision = 18, scale = 2)
    private BigDecimal actualCost;

    @Column(name = "optimistic_days")
    private Integer optimisticDays;

    @Column(name = "most_likely_days")
    private Integer mostLikelyDays;

    @Column(name = "pessimistic_days")
    private Integer pessimisticDays;

    /** Null means ASAP: only a set constraint is stored, so existing rows need no value. */
    @Enumerated(EnumType.STRING)
    @Column(name = "constraint_type", length = 4)
    private ConstraintType constraintType;

    @Column(name = "constraint_date")
    private LocalDate constraintDate;

    protected Task() {
    }

    public Task(Project project, Task parent, int sortOrder, String name) {
        this.project = project;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.name = name;
    }

    public Project getProject() {
        return project;
    }

    public Task getParent() {
        return parent;
    }

    public void setParent(Task parent) {
        this.parent = parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getWbsCode() {
        return wbsCode;
    }

    public void setWbsCode(String wbsCode) {
        this.wbsCode = wbsCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(int durationDays) {
        this.durationDays = durationDays;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getFinish() {
        return finish;
    }

    public void setFinish(LocalDate finish) {
        this.finish = finish;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(int percentComplete) {
        this.percentComplete = percentComplete;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualFinish() {
        return actualFinish;
    }

    public void setActualFinish(LocalDate actualFinish) {
        this.actualFinish = actualFinish;
    }

    /** Budgeted cost of the task (BAC in earned value), yuan. */
    public BigDecimal getPlannedCost() {
        return plannedCost;
    }

    public void setPlannedCost(BigDecimal plannedCost) {
        this.plannedCost = plannedCost;
    }

    /** Actual cost so far (AC in earned value), yuan. */
    public BigDecimal getActualCost() {
        return actualCost;
    }

    public void setActualCost(BigDecimal actualCost) {
        this.actualCost = actualCost;
    }

    /** The three-point estimate for schedule risk, or null when the task has none. */
    public DurationEstimate getEstimate() {
        return optimisticDays == null ? null : new DurationEstimate(optimisticDays, mostLikelyDays, pessimisticDays);
    }

    public void setEstimate(DurationEstimate estimate) {
        this.optimisticDays = estimate == null ? null : estimate.optimisticDays();
        this.mostLikelyDays = estimate == null ? null : estimate.mostLikelyDays();
        this.pessimisticDays = estimate == null ? null : estimate.pessimisticDays();
    }

    /** The task's date constraint; ASAP when none is set. */
    public TaskConstraint getConstraint() {
        return constraintType == null ? TaskConstraint.NONE : new TaskConstraint(constraintType, constraintDate);
    }

    public void setConstraint(TaskConstraint constraint) {
        TaskConstraint c = constraint == null ? TaskConstraint.NONE : constraint;
        this.constraintType = c.type() == ConstraintType.ASAP ? null : c.type();
        this.constraintDate = c.date();
    }
}
