package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a project's budget: funding source, economic classification code, year, item; the approved amount as first approved and the adjusted amount after every approved adjustment; what was paid before the ledger came into ProjectDesk. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "funding_source", nullable = false, length = 40)
    private String fundingSource;

    @Column(name = "economic_code", nullable = false, length = 40)
    private String economicCode;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "item", length = 300)
    private String item;

    @Column(name = "approved_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal approvedAmount;

    @Column(name = "adjusted_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal adjustedAmount;

    @Column(name = "paid_before", nullable = false, precision = 18, scale = 2)
    private BigDecimal paidBefore;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "notes", length = 4000)
    private String notes;

    public BudgetLine() {
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getEconomicCode() {
        return economicCode;
    }

    public void setEconomicCode(String economicCode) {
        this.economicCode = economicCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public void setApprovedAmount(BigDecimal approvedAmount) {
        this.approvedAmount = approvedAmount;
    }

    public BigDecimal getAdjustedAmount() {
        return adjustedAmount;
    }

    public void setAdjustedAmount(BigDecimal adjustedAmount) {
        this.adjustedAmount = adjustedAmount;
    }

    public BigDecimal getPaidBefore() {
        return paidBefore;
    }

    public void setPaidBefore(BigDecimal paidBefore) {
        this.paidBefore = paidBefore;
    }

    public Task getTask() {
        return task;
    }

    public void setTask(Task task) {
        this.task = task;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
