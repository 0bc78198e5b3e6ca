package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;

/**
 * Keeps a {@link CpmSchedule} current after single edits without a full recompute: the forward
 * pass restarts at the edited task and walks successors in topological order, stopping wherever
 * the early dates come out unchanged; the backward pass does the same towards predecessors. Only
 * when the project finish moves does every late date move, and then the backward pass runs in full.
 */
public final class IncrementalScheduler {
    private final CpmSchedule s;
    private final RankQueue forwardQueue;
    private final RankQueue backwardQueue;
    private final boolean hasSummaries;
    private int recomputed;

    public IncrementalScheduler(CpmSchedule schedule) {
        this.s = schedule;
        this.forwardQueue = new RankQueue(schedule.net.rank);
        int[] reverse = new int[schedule.net.size];
        for (int i = 0; i < reverse.length; i++) {
            reverse[i] = schedule.net.size - 1 - schedule.net.rank[i];
        }
        this.backwardQueue = new RankQueue(reverse);
        boolean summaries = false;
        for (boolean b : schedule.net.summary) {
            summaries |= b;
        }
        this.hasSummaries = summaries;
    }

    public CpmSchedule schedule() {
        return s;
    }

    /** Changes a leaf task's working duration and updates the schedule; returns how many tasks were recomputed. */
    public int setDuration(int task, int minutes) {
        if (s.net.summary[task]) {
            throw new IllegalArgumentException("a summary's duration follows its children: " + s.net.names[task]);
        }
        if (minutes < 0) {
            throw new IllegalArgumentException("negative duration for " + s.net.names[task]);
        }
        s.net.duration[task] = s.net.milestone[task] ? 0 : minutes;
        return reschedule(task, task);
    }

    /**
     * Changes a leaf task's date constraint (ASAP/ALAP take no date). Its early dates follow from its
     * own bound, its late dates too: the same two walks as a duration change.
     */
    public int setConstraint(int task, ConstraintType type, LocalDateTime date) {
        if (s.net.summary[task]) {
            throw new IllegalArgumentException("constraints on summaries are not scheduled: " + s.net.names[task]);
        }
        if (type.needsDate() && date == null) {
            throw new IllegalArgumentException(type + " without a date for " + s.net.names[task]);
        }
        s.net.constraint[task] = (byte) type.ordinal();
        s.net.constraintPosition[task] = type.needsDate() ? s.calendar.positionOf(date) : 0;
        return reschedule(task, task);
    }

    /**
     * Changes the type and lag of the existing link(s) from one leaf task to another. The network's
     * shape (and so its topological order) stays; the successor's early dates and the predecessor's
     * late dates are where the change enters. Adding or removing links needs a full solve.
     */
    public int setLink(int predecessor, int successor, DependencyType type, Lag lag) {
        CompiledNetwork net = s.net;
        boolean found = false;
        for (int k = net.outStart[predecessor]; k < net.outStart[predecessor + 1]; k++) {
            if (CompiledNetwork.high(net.outToLag[k]) == successor) {
                net.setLinkAt(k, type, lag);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no link from " + net.names[predecessor] + " to " + net.names[successor]);
        }
        return reschedule(successor, predecessor);
    }

    private int reschedule(int forwardStart, int backwardStart) {
        if (s.fixedFinish != CpmSchedule.FROM_START) {
            // from the finish, a late date that moves can move the project start and so every early date
            CriticalPathSolver.passesFromFinish(s);
            return s.net.size;
        }
        recomputed = 0;
        int oldFinish = s.projectFinish;
        forwardFrom(forwardStart);
        if (s.projectFinish != oldFinish) {
            CriticalPathSolver.backward(s);
            recomputed += s.net.size;
        } else {
            backwardFrom(backwardStart);
        }
        if (hasSummaries) {
            CriticalPathSolver.rollUp(s);
        }
        return recomputed;
    }

    private void forwardFrom(int task) {
        CompiledNetwork net = s.net;
        boolean finishMayDrop = false;
        forwardQueue.add(task);
        while (!forwardQueue.isEmpty()) {
            int t = forwardQueue.poll();
            recomputed++;
            int es = s.bounds.earlyStart(t, s.es, s.ef, s.projectStart);
            int ef = es + net.duration[t];
            if (es == s.es[t] && ef == s.ef[t]) {
                continue;
            }
            finishMayDrop |= s.ef[t] == s.projectFinish && ef < s.ef[t];
            s.es[t] = es;
            s.ef[t] = ef;
            s.projectFinish = Math.max(s.projectFinish, ef);
            for (int k = net.outStart[t]; k < net.outStart[t + 1]; k++) {
                forwardQueue.add(net.linkTo[net.outLinks[k]]);
            }
        }
        if (finishMayDrop) {
            recomputeProjectFinish();
        }
    }

    private void recomputeProjectFinish() {
        int finish = Integer.MIN_VALUE;
        for (int t = 0; t < s.net.size; t++) {
            if (!s.net.summary[t]) {
                finish = Math.max(finish, s.ef[t]);
            }
        }
        s.projectFinish = finish == Integer.MIN_VALUE ? s.projectStart : finish;
    }

    /** Late dates depend on the task's own duration and its successors: start at the task, walk predecessors. */
    private void backwardFrom(int task) {
        CompiledNetwork net = s.net;
        backwardQueue.add(task);
        boolean first = true;
        while (!backwardQueue.isEmpty()) {
            int t = backwardQueue.poll();
            recomputed++;
            int lf = s.bounds.lateFinish(t, s.ls, s.lf, s.projectFinish);
            int ls = lf - net.duration[t];
            if (!first && lf == s.lf[t] && ls == s.ls[t]) {
                continue;
            }
            first = false;
            s.lf[t] = lf;
            s.ls[t] = ls;
            for (int k = net.inStart[t]; k < net.inStart[t + 1]; k++) {
                backwardQueue.add(net.linkFrom[k]);
            }
        }
    }
}
