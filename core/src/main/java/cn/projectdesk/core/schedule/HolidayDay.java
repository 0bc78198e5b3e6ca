package cn.projectdesk.core.schedule;

import java.time.LocalDate;

/** A statutory holiday (offDay) or a make-up workday (调休上班, offDay false). */
public record HolidayDay(LocalDate date, String name, boolean offDay) {
}
