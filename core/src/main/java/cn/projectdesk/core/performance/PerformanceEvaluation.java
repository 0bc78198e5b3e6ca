package cn.projectdesk.core.performance;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A project's performance self-evaluation (绩效自评) for one year; its indicators are the framework. */
@Entity
@Table(name = "performance_evaluation")
public class PerformanceEvaluation extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "eval_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @Column(name = "summary", length = 2000)
    private String summary;

    protected PerformanceEvaluation() {
    }

    public PerformanceEvaluation(Project project, int year, LocalDate evaluatedOn) {
        this.project = project;
        this.year = year;
        this.evaluatedOn = evaluatedOn;
    }

    public Project getProject() {
        return project;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary, LocalDate on) {
        this.summary = summary;
        this.evaluatedOn = on;
    }
}
