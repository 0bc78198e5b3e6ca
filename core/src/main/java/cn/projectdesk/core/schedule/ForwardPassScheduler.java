package cn.projectdesk.core.schedule;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Early dates of a plan (as soon as possible from the project start) with FS/SS/FF/SF links and
 * working-day lags; summaries span their children. Works in working-day ordinals of the calendar, so
 * every step is integer arithmetic. A link from or to a summary applies to each of its leaf tasks.
 * Date constraints are honoured as MS Project does with "honor constraint dates": a constraint wins
 * over the links (SNET/FNET push the task later, SNLT/FNLT pull it earlier, MSO/MFO pin it); ALAP is
 * scheduled as soon as possible here, since a forward pass has no late dates.
 */
public final class ForwardPassScheduler {
    private ForwardPassScheduler() {
    }

    public static List<TaskDates> schedule(List<ScheduleTask> tasks, List<ScheduleLink> links,
                                           LocalDate projectStart, WorkingCalendar calendar) {
        int n = tasks.size();
        Hierarchy tree = new Hierarchy(tasks);
        List<int[]> leafLinks = expandToLeaves(links, tree);
        int[] order = topologicalOrder(n, leafLinks, tasks, tree);

        int start0 = calendar.ordinalOnOrAfter(projectStart);
        int[] es = new int[n];
        int[] ef = new int[n];
        Arrays.fill(es, start0);
        List<List<int[]>> incoming = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            incoming.add(new ArrayList<>());
        }
        for (int[] link : leafLinks) {
            incoming.get(link[1]).add(link);
        }
        for (int t : order) {
            ScheduleTask task = tasks.get(t);
            int d = task.milestone() ? 0 : task.durationDays();
            // as in MS Project, a no-earlier-than date replaces the project start of a task without predecessors
            boolean ownStart = incoming.get(t).isEmpty()
                    && (task.constraint() == ConstraintType.SNET || task.constraint() == ConstraintType.FNET);
            int earliest = ownStart ? Integer.MIN_VALUE : start0;
            for (int[] link : incoming.get(t)) {
                int p = link[0];
                int lag = link[3];
                int bound = switch (DependencyType.values()[link[2]]) {
                    case FS -> ef[p] + lag;
                    case SS -> es[p] + lag;
                    case FF -> ef[p] + lag - d;
                    case SF -> es[p] + lag - d;
                };
                earliest = Math.max(earliest, bound);
            }
            es[t] = constrained(task, earliest, d, calendar);
            ef[t] = es[t] + d;
        }
        tree.rollUp(es, ef);

        List<TaskDates> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int duration = ef[i] - es[i];
            LocalDate start = calendar.dateOf(es[i]);
            LocalDate finish = duration == 0 ? (es[i] > start0 ? calendar.dateOf(es[i] - 1) : start) : calendar.dateOf(ef[i] - 1);
            result.add(new TaskDates(duration == 0 ? finish : start, finish, duration));
        }
        return result;
    }

    /** The start ordinal after the task's constraint is applied to the earliest start the links allow. */
    static int constrained(ScheduleTask task, int earliest, int duration, WorkingCalendar calendar) {
        if (!task.constraint().needsDate()) {
            return earliest;
        }
        // A start constraint on a day off means the next working day; a finish constraint the last one before.
        int start = calendar.ordinalOnOrAfter(task.constraintDate());
        int finishEnd = calendar.ordinalOnOrAfter(task.constraintDate().plusDays(1));
        return switch (task.constraint()) {
            case SNET -> Math.max(earliest, start);
            case SNLT -> Math.min(earliest, start);
            case MSO -> start;
            case FNET -> Math.max(earliest, finishEnd - duration);
            case FNLT -> Math.min(earliest, finishEnd - duration);
            case MFO -> finishEnd - duration;
            case ASAP, ALAP -> earliest;
        };
    }

    /** {pred, succ, typeOrdinal, lag} between leaf tasks. */
    private static List<int[]> expandToLeaves(List<ScheduleLink> links, Hierarchy tree) {
        List<int[]> out = new ArrayList<>();
        for (ScheduleLink link : links) {
            for (int p : tree.leavesOf(link.predecessor())) {
                for (int s : tree.leavesOf(link.successor())) {
                    if (p != s) {
                        out.add(new int[] {p, s, link.type().ordinal(), link.lagDays()});
                    }
                }
            }
        }
        return out;
    }

    private static int[] topologicalOrder(int n, List<int[]> links, List<ScheduleTask> tasks, Hierarchy tree) {
        int[] indegree = new int[n];
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int[] link : links) {
            out.get(link[0]).add(link[1]);
            indegree[link[1]]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int t = ready.poll();
            order[count++] = t;
            for (int s : out.get(t)) {
                if (--indegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (count < n) {
            throw new DependencyCycleException(CycleFinder.find(out, indegree, tasks));
        }
        return order;
    }
}
