package cn.projectdesk.core.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * One resource's load over a date range across all projects, for the resource usage view: its row, the
 * name of its calendar (null = the national standard one), its load day by day (0 on its days off) and
 * the bookings behind it. Bookings in projects outside the user's scope carry the project number only.
 */
public record ResourceUsage(ResourceRow resource, String calendarName, List<DayLoad> days, List<Booking> bookings) {

    /** One assignment: who asked for the resource, when and with how many units (%). */
    public record Booking(String label, LocalDate start, LocalDate finish, int units) {
    }

    /** The bookings behind the load on a day (those whose dates cover it; a day off has none). */
    public List<Booking> bookingsOn(LocalDate day) {
        DayLoad load = days.stream().filter(d -> d.date().equals(day)).findFirst().orElse(null);
        if (load == null || load.units() == 0) {
            return List.of();
        }
        return bookings.stream().filter(b -> !day.isBefore(b.start()) && !day.isAfter(b.finish())).toList();
    }

    /** The highest load in the range, in units (%). */
    public int peakUnits() {
        return days.stream().mapToInt(DayLoad::units).max().orElse(0);
    }
}
