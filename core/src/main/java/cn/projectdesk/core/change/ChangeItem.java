package cn.projectdesk.core.change;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Task;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One impact line with its before values (taken when filed, taken again when applied) and after values
 * (filled when the approved change was applied and the plan rescheduled): the visible before/after.
 */
@Entity
@Table(name = "change_item")
public class ChangeItem extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false, updatable = false)
    private ChangeRequest change;

    @Column(name = "item_order", nullable = false)
    private int itemOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ChangeItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "task_name", length = 300)
    private String taskName;

    @Column(name = "new_duration")
    private Integer newDuration;

    @Column(name = "new_amount", precision = 18, scale = 2)
    private BigDecimal newAmount;

    @Column(name = "before_duration")
    private Integer beforeDuration;

    @Column(name = "before_start")
    private LocalDate beforeStart;

    @Column(name = "before_finish")
    private LocalDate beforeFinish;

    @Column(name = "before_amount", precision = 18, scale = 2)
    private BigDecimal beforeAmount;

    @Column(name = "after_start")
    private LocalDate afterStart;

    @Column(name = "after_finish")
    private LocalDate afterFinish;

    @Column(name = "after_amount", precision = 18, scale = 2)
    private BigDecimal afterAmount;

    protected ChangeItem() {
    }

    public ChangeItem(ChangeRequest change, int itemOrder, ChangeItemKind kind, Task task, String taskName,
                      Integer newDuration, BigDecimal newAmount) {
        this.change = change;
        this.itemOrder = itemOrder;
        this.kind = kind;
        this.task = task;
        this.taskName = taskName;
        this.newDuration = newDuration;
        this.newAmount = newAmount;
    }

    public void before(Integer duration, LocalDate start, LocalDate finish, BigDecimal amount) {
        this.beforeDuration = duration;
        this.beforeStart = start;
        this.beforeFinish = finish;
        this.beforeAmount = amount;
    }

    void after(LocalDate start, LocalDate finish, BigDecimal amount) {
        this.afterStart = start;
        this.afterFinish = finish;
        this.afterAmount = amount;
    }

    void setTask(Task task) {
        this.task = task;
    }

    public ChangeRequest getChange() {
        return change;
    }

    public int getItemOrder() {
        return itemOrder;
    }

    public ChangeItemKind getKind() {
        return kind;
    }

    public Task getTask() {
        return task;
    }

    public String getTaskName() {
        return taskName;
    }

    public Integer getNewDuration() {
        return newDuration;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    ChangeItemView view() {
        return new ChangeItemView(itemOrder, kind, task == null ? taskName : task.getWbsCode() + " " + task.getName(),
                beforeDuration, newDuration, beforeStart, beforeFinish, afterStart, afterFinish, beforeAmount,
                newAmount, afterAmount);
    }
}
