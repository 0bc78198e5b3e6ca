package cn.projectdesk.core.resource;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource load on plain data, by a sweep over start and end events in each resource's working-day
 * ordinals: O(n log n) in the number of assignments, whatever the length of the tasks.
 */
public final class ResourceLoad {
    private ResourceLoad() {
    }

    private record Event(int ordinal, int delta, int work) {
    }

    /** Runs of working days where the summed units of a resource exceed its maximum. */
    public static List<Overallocation> overallocations(int[] maxUnits, List<WorkingCalendar> calendars, List<BookedWork> work) {
        Map<Integer, List<Event>> byResource = new HashMap<>();
        for (int i = 0; i < work.size(); i++) {
            BookedWork w = work.get(i);
            WorkingCalendar cal = calendars.get(w.resource());
            int from = cal.ordinalOnOrAfter(w.start());
            int to = cal.ordinalOnOrAfter(w.finish().plusDays(1));
            if (to > from && w.units() > 0) {
                List<Event> events = byResource.computeIfAbsent(w.resource(), k -> new ArrayList<>());
                events.add(new Event(from, w.units(), i));
                events.add(new Event(to, -w.units(), i));
            }
        }
        List<Overallocation> found = new ArrayList<>();
        byResource.forEach((resource, events) -> sweep(resource, maxUnits[resource], calendars.get(resource), events, work, found));
        found.sort(Comparator.comparingInt(Overallocation::resource).thenComparing(Overallocation::from));
        return found;
    }

    private static void sweep(int resource, int max, WorkingCalendar cal, List<Event> events, List<BookedWork> work,
                              List<Overallocation> out) {
        events.sort(Comparator.comparingInt(Event::ordinal).thenComparingInt(Event::delta));
        Set<Integer> active = new LinkedHashSet<>();
        int load = 0;
        int openedAt = -1;
        int peak = 0;
        Set<String> involved = new LinkedHashSet<>();
        int i = 0;
        while (i < events.size()) {
            int ordinal = events.get(i).ordinal();
            for (; i < events.size() && events.get(i).ordinal() == ordinal; i++) {
                Event e = events.get(i);
                load += e.delta();
                if (e.delta() > 0) {
                    active.add(e.work());
                } else {
                    active.remove(e.work());
                }
            }
            boolean over = load > max;
            if (over) {
                if (openedAt < 0) {
                    openedAt = ordinal;
                    peak = 0;
                    involved.clear();
                }
                peak = Math.max(peak, load);
                active.forEach(w -> involved.add(work.get(w).label()));
            } else if (openedAt >= 0) {
                out.add(new Overallocation(resource, cal.dateOf(openedAt), cal.dateOf(ordinal - 1), peak, List.copyOf(involved)));
                openedAt = -1;
            }
        }
    }

    /** Units booked on each day from {@code from} to {@code until} (0 on the resource's days off). */
    public static int[] dailyLoad(WorkingCalendar cal, List<BookedWork> workOfOneResource, LocalDate from, LocalDate until) {
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1;
        int[] diff = new int[days + 1];
        for (BookedWork w : workOfOneResource) {
            LocalDate s = w.start().isBefore(from) ? from : w.start();
            LocalDate f = w.finish().isAfter(until) ? until : w.finish();
            if (!f.isBefore(s)) {
                diff[(int) java.time.temporal.ChronoUnit.DAYS.between(from, s)] += w.units();
                diff[(int) java.time.temporal.ChronoUnit.DAYS.between(from, f) + 1] -= w.units();
            }
        }
        int[] load = new int[days];
        int running = 0;
        for (int d = 0; d < days; d++) {
            running += diff[d];
            load[d] = cal.isWorkingDay(from.plusDays(d)) ? running : 0;
        }
        return load;
    }
}
