package cn.projectdesk.core.schedule;

import java.time.LocalDate;

/** Computed start and finish (both inclusive working days) and the working-day duration. */
public record TaskDates(LocalDate start, LocalDate finish, int durationDays) {
}
