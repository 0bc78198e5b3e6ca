package cn.projectdesk.core.calendar;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A working calendar: which weekdays are worked and for which hours, plus dated exceptions
 * ({@link CalendarException}); optionally China's statutory holidays and make-up workdays.
 */
@Entity
@Table(name = "work_calendar")
public class WorkCalendar extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Bit (dayOfWeek - 1) is set for every working weekday; Monday..Friday is 0b0011111. */
    @Column(name = "working_weekdays", nullable = false)
    private int workingWeekdays = 0b0011111;

    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart = LocalTime.of(9, 0);

    @Column(name = "day_finish", nullable = false)
    private LocalTime dayFinish = LocalTime.of(17, 30);

    @Column(name = "statutory_holidays", nullable = false)
    private boolean statutoryHolidays = true;

    protected WorkCalendar() {
    }

    public WorkCalendar(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<DayOfWeek> getWorkingWeekdays() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((workingWeekdays & 1 << (d.getValue() - 1)) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    public void setWorkingWeekdays(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << (d.getValue() - 1);
        }
        this.workingWeekdays = mask;
    }

    public LocalTime getDayStart() {
        return dayStart;
    }

    public LocalTime getDayFinish() {
        return dayFinish;
    }

    public void setWorkingHours(LocalTime start, LocalTime finish) {
        if (!finish.isAfter(start)) {
            throw new IllegalArgumentException("working day must end after it starts: " + start + "-" + finish);
        }
        this.dayStart = start;
        this.dayFinish = finish;
    }

    public boolean isStatutoryHolidays() {
        return statutoryHolidays;
    }

    public void setStatutoryHolidays(boolean statutoryHolidays) {
        this.statutoryHolidays = statutoryHolidays;
    }
}
