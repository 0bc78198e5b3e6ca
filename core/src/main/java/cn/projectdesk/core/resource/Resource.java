package cn.projectdesk.core.resource;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.org.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A person, piece of equipment or material that tasks of any project may use. */
@Entity
@Table(name = "resource")
public class Resource extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ResourceKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id")
    private WorkCalendar calendar;

    @Column(name = "cost_per_day", precision = 18, scale = 2)
    private BigDecimal costPerDay;

    /** Capacity in percent of one full-time unit: 100 for one person, 200 for two machines. */
    @Column(name = "max_units", nullable = false)
    private int maxUnits = 100;

    /** Comma-separated tags such as 造价,土建 used by "find available resource". */
    @Column(name = "skills", length = 500)
    private String skills;

    protected Resource() {
    }

    public Resource(String name, ResourceKind kind, OrgUnit orgUnit) {
        this.name = name;
        this.kind = kind;
        this.orgUnit = orgUnit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public WorkCalendar getCalendar() {
        return calendar;
    }

    public void setCalendar(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public BigDecimal getCostPerDay() {
        return costPerDay;
    }

    public void setCostPerDay(BigDecimal costPerDay) {
        this.costPerDay = costPerDay;
    }

    public int getMaxUnits() {
        return maxUnits;
    }

    public void setMaxUnits(int maxUnits) {
        this.maxUnits = maxUnits;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }
}
