package cn.projectdesk.core.schedule;

/**
 * Critical path method over a {@link CpmProject} on one working calendar: forward pass for early
 * dates, backward pass from the project finish for late dates, summaries rolled up from their
 * leaves. Everything is integer arithmetic on working positions, so a pass is O(tasks + links).
 */
public final class CriticalPathSolver {
    private final WorkingTimeIndex calendar;

    public CriticalPathSolver(WorkingTimeIndex calendar) {
        this.calendar = calendar;
    }

    /** @throws DependencyCycleException when the links loop, naming the tasks in the loop */
    public CpmSchedule solve(CpmProject project) {
        CompiledNetwork net = new CompiledNetwork(project, calendar);
        if (project.scheduledFromFinish()) {
            int finish = calendar.positionOf(project.finish());
            CpmSchedule schedule = new CpmSchedule(net, calendar, finish);
            schedule.fixedFinish = finish;
            passesFromFinish(schedule);
            return schedule;
        }
        CpmSchedule schedule = new CpmSchedule(net, calendar, calendar.positionOf(project.start()));
        forward(schedule);
        backward(schedule);
        rollUp(schedule);
        return schedule;
    }

    /**
     * Scheduled from the finish: late dates first, backwards from the fixed finish; the project
     * start is then the earliest late start, and early dates run forwards from it.
     */
    static void passesFromFinish(CpmSchedule s) {
        s.projectFinish = s.fixedFinish;
        backward(s);
        int start = s.fixedFinish;
        for (int t = 0; t < s.net.size; t++) {
            if (!s.net.summary[t]) {
                start = Math.min(start, s.ls[t]);
            }
        }
        s.projectStart = start;
        forward(s);
        s.projectFinish = s.fixedFinish;
        rollUp(s);
    }

    static void forward(CpmSchedule s) {
        CompiledNetwork net = s.net;
        // the finish is the latest early finish, even when a task runs before the project start
        int finish = Integer.MIN_VALUE;
        for (int t : net.order) {
            if (net.summary[t]) {
                continue;
            }
            s.es[t] = s.bounds.earlyStart(t, s.es, s.ef, s.projectStart);
            s.ef[t] = s.es[t] + net.duration[t];
            finish = Math.max(finish, s.ef[t]);
        }
        s.projectFinish = finish == Integer.MIN_VALUE ? s.projectStart : finish;
    }

    static void backward(CpmSchedule s) {
        CompiledNetwork net = s.net;
        int[] order = net.order;
        for (int i = order.length - 1; i >= 0; i--) {
            int t = order[i];
            if (net.summary[t]) {
                continue;
            }
            s.lf[t] = s.bounds.lateFinish(t, s.ls, s.lf, s.projectFinish);
            s.ls[t] = s.lf[t] - net.duration[t];
        }
    }

    /** Summaries span their leaves: walk up from each leaf (trees are shallow). */
    static void rollUp(CpmSchedule s) {
        CompiledNetwork net = s.net;
        for (int t = 0; t < net.size; t++) {
            if (net.summary[t]) {
                s.es[t] = Integer.MAX_VALUE;
                s.ls[t] = Integer.MAX_VALUE;
                s.ef[t] = Integer.MIN_VALUE;
                s.lf[t] = Integer.MIN_VALUE;
            }
        }
        for (int t = 0; t < net.size; t++) {
            if (net.summary[t]) {
                continue;
            }
            for (int p = net.parent[t]; p >= 0; p = net.parent[p]) {
                s.es[p] = Math.min(s.es[p], s.es[t]);
                s.ls[p] = Math.min(s.ls[p], s.ls[t]);
                s.ef[p] = Math.max(s.ef[p], s.ef[t]);
                s.lf[p] = Math.max(s.lf[p], s.lf[t]);
            }
        }
    }
}
