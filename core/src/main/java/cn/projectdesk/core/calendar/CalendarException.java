package cn.projectdesk.core.calendar;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One dated exception of a calendar: a day off on a weekday or an extra working day at a weekend. */
@Entity
@Table(name = "calendar_exception")
public class CalendarException extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private WorkCalendar calendar;

    @Column(name = "exception_date", nullable = false)
    private LocalDate date;

    @Column(name = "working", nullable = false)
    private boolean working;

    @Column(name = "name", length = 100)
    private String name;

    protected CalendarException() {
    }

    public CalendarException(WorkCalendar calendar, LocalDate date, boolean working, String name) {
        this.calendar = calendar;
        this.date = date;
        this.working = working;
        this.name = name;
    }

    public WorkCalendar getCalendar() {
        return calendar;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isWorking() {
        return working;
    }

    public String getName() {
        return name;
    }
}
