package cn.projectdesk.core.project;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "project")
public class Project extends SyncableEntity {
    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 32)
    private ProjectType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private OrgUnit department;

    @Column(name = "project_year", nullable = false)
    private int year;

    @Convert(converter = FundingSourceSetConverter.class)
    @Column(name = "funding_sources", nullable = false, length = 300)
    private Set<FundingSource> fundingSources = EnumSet.noneOf(FundingSource.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 32)
    private LifecycleStage stage = LifecycleStage.PLANNING;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private ProjectStatus status = ProjectStatus.ACTIVE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_finish")
    private LocalDate plannedFinish;

    @Column(name = "approved_budget", precision = 18, scale = 2)
    private BigDecimal approvedBudget;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id")
    private WorkCalendar calendar;

    @Column(name = "description", length = 4000)
    private String description;

    /** The date progress was last reported for (状态日期); earned value and deviation are as of it. */
    @Column(name = "status_date")
    private LocalDate statusDate;

    protected Project() {
    }

    public Project(String code, OrgUnit department) {
        this.code = code;
        this.department = department;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProjectType getType() {
        return type;
    }

    public void setType(ProjectType type) {
        this.type = type;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public void setDepartment(OrgUnit department) {
        this.department = department;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Set<FundingSource> getFundingSources() {
        return fundingSources.isEmpty() ? EnumSet.noneOf(FundingSource.class) : EnumSet.copyOf(fundingSources);
    }

    public void setFundingSources(Set<FundingSource> sources) {
        this.fundingSources = sources.isEmpty() ? EnumSet.noneOf(FundingSource.class) : EnumSet.copyOf(sources);
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public AppUser getOwner() {
        return owner;
    }

    public void setOwner(AppUser owner) {
        this.owner = owner;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public void setPlannedFinish(LocalDate plannedFinish) {
        this.plannedFinish = plannedFinish;
    }

    public BigDecimal getApprovedBudget() {
        return approvedBudget;
    }

    public void setApprovedBudget(BigDecimal approvedBudget) {
        this.approvedBudget = approvedBudget;
    }

    public WorkCalendar getCalendar() {
        return calendar;
    }

    public void setCalendar(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }
}
