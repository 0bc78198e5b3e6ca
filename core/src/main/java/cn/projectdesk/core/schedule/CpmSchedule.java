package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Result of a critical-path run: early and late dates as working positions (see
 * {@link WorkingTimeIndex}), read out as dates on demand. Floats are derived on demand too, so an
 * incremental reschedule never leaves a stale one behind.
 */
public final class CpmSchedule {
    final CompiledNetwork net;
    final WorkingTimeIndex calendar;
    final LinkBounds bounds;
    final int[] es;
    final int[] ef;
    final int[] ls;
    final int[] lf;
    int projectStart;
    int projectFinish;
    /** The finish of a plan scheduled from its finish, else {@link #FROM_START}. */
    int fixedFinish = FROM_START;
    static final int FROM_START = Integer.MIN_VALUE;

    CpmSchedule(CompiledNetwork net, WorkingTimeIndex calendar, int projectStart) {
        this.net = net;
        this.calendar = calendar;
        this.bounds = new LinkBounds(net, calendar);
        this.es = new int[net.size];
        this.ef = new int[net.size];
        this.ls = new int[net.size];
        this.lf = new int[net.size];
        this.projectStart = projectStart;
    }

    public int size() {
        return net.size;
    }

    public TaskSchedule task(int t) {
        LocalDateTime earlyStart = earlyStartTime(t);
        LocalDateTime lateStart = start(ls[t], lf[t]);
        LocalDateTime lateFinish = finish(ls[t], lf[t]);
        if (!net.summary[t] && es[t] == ef[t] && ls[t] == lf[t] && readsAsStart(earlyStart, es[t])) {
            // a zero-length task keeps its reading: early at 08:00 (after a start-to-start link, at the
            // project start) means late at 08:00 too, as MS Project shows it (sample.mpp)
            lateStart = calendar.startAt(ls[t]);
            lateFinish = lateStart;
        }
        return new TaskSchedule(earlyStart, earlyFinishTime(t), lateStart, lateFinish, totalFloat(t), freeFloat(t),
                isCritical(t));
    }

    private boolean readsAsStart(LocalDateTime time, int position) {
        return time.equals(calendar.startAt(position)) && !time.equals(calendar.finishAt(position));
    }

    public List<TaskSchedule> tasks() {
        List<TaskSchedule> out = new ArrayList<>(net.size);
        for (int t = 0; t < net.size; t++) {
            out.add(task(t));
        }
        return out;
    }

    public int earlyStartPosition(int t) {
        return es[t];
    }

    public int earlyFinishPosition(int t) {
        return ef[t];
    }

    public int lateStartPosition(int t) {
        return ls[t];
    }

    public int lateFinishPosition(int t) {
        return lf[t];
    }

    /**
     * Late minus early dates; when a constraint holds a task before what its links require, MS
     * Project reports the conflict as negative float on the task itself (slack9.mpp), so that
     * shortfall counts too.
     */
    public int totalFloat(int t) {
        int total = Math.min(ls[t] - es[t], lf[t] - ef[t]);
        if (!net.summary[t] && bounds.mayOverrideLinks(t) && net.inStart[t] < net.inStart[t + 1]) {
            total = Math.min(total, ls[t] - bounds.linkDrivenStart(t, es, ef, projectStart));
        }
        return total;
    }

    /** How far the task may slip without moving any successor's early dates (or the project finish). */
    public int freeFloat(int t) {
        if (net.summary[t]) {
            return totalFloat(t);
        }
        int free = projectFinish - ef[t];
        for (int k = net.outStart[t]; k < net.outStart[t + 1]; k++) {
            free = Math.min(free, bounds.linkSlack(net.outLinks[k], es, ef));
        }
        return Math.min(free, totalFloat(t));
    }

    public boolean isCritical(int t) {
        return totalFloat(t) <= 0;
    }

    public LocalDateTime projectStart() {
        return calendar.startAt(projectStart);
    }

    public LocalDateTime projectFinish() {
        return calendar.finishAt(projectFinish);
    }

    /** Indexes of critical leaf tasks in topological order. */
    public List<Integer> criticalTasks() {
        List<Integer> out = new ArrayList<>();
        for (int t : net.order) {
            if (!net.summary[t] && isCritical(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A boundary position reads like the date that set it, as MS Project keeps it: a milestone after a
     * start-to-start link sits at 08:00, after a finish-to-start link at 17:00; a start-to-finish link
     * without lag ends its successor at the predecessor's start (08:00); a positive lag ends at 17:00.
     */
    private LocalDateTime earlyStartTime(int t) {
        int link = net.summary[t] ? -1 : bounds.bindingLink(t, es, ef);
        if (es[t] == ef[t] && link >= 0) {
            return bounds.yieldsFinishReading(link) ? calendar.finishAt(es[t]) : calendar.startAt(es[t]);
        }
        return start(es[t], ef[t]);
    }

    private LocalDateTime earlyFinishTime(int t) {
        int link = net.summary[t] ? -1 : bounds.bindingLink(t, es, ef);
        if (link >= 0 && bounds.endsAtFinish(link) && !bounds.yieldsFinishReading(link)) {
            return calendar.startAt(ef[t]);
        }
        if (es[t] == ef[t] && link >= 0) {
            return earlyStartTime(t);
        }
        return finish(es[t], ef[t]);
    }

    /** Zero-length work reads as a finish (a milestone after a task sits at 17:00), except at the project start. */
    private LocalDateTime start(int s, int f) {
        if (s == f && s != projectStart) {
            return calendar.finishAt(s);
        }
        return calendar.startAt(s);
    }

    private LocalDateTime finish(int s, int f) {
        if (s == f && s == projectStart) {
            return calendar.startAt(s);
        }
        return calendar.finishAt(f);
    }
}
