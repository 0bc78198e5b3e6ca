package cn.projectdesk.core.calendar;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A statutory holiday (off day) or make-up workday (调休上班) entered by the administrator. */
@Entity
@Table(name = "holiday_day")
public class HolidayDayEntry extends SyncableEntity {
    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "off_day", nullable = false)
    private boolean offDay;

    protected HolidayDayEntry() {
    }

    public HolidayDayEntry(LocalDate date, String name, boolean offDay) {
        this.date = date;
        this.name = name;
        this.offDay = offDay;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public boolean isOffDay() {
        return offDay;
    }
}
