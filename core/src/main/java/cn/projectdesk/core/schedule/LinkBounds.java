package cn.projectdesk.core.schedule;

/**
 * The per-task steps of the forward and backward passes, in working positions. Shared by the full
 * solver and the incremental rescheduler so both compute exactly the same thing.
 */
final class LinkBounds {
    private static final int FS = DependencyType.FS.ordinal();
    private static final int SS = DependencyType.SS.ordinal();
    private static final int FF = DependencyType.FF.ordinal();
    private static final int ELAPSED = LagUnit.ELAPSED_MINUTES.ordinal();
    private static final int PERCENT = LagUnit.PERCENT.ordinal();

    private static final byte SNET_ORDINAL = (byte) ConstraintType.SNET.ordinal();
    private static final byte FNET_ORDINAL = (byte) ConstraintType.FNET.ordinal();
    private static final byte ASAP_ORDINAL = (byte) ConstraintType.ASAP.ordinal();
    private static final byte ALAP_ORDINAL = (byte) ConstraintType.ALAP.ordinal();
    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();

    private final CompiledNetwork net;
    private final WorkingTimeIndex calendar;

    LinkBounds(CompiledNetwork net, WorkingTimeIndex calendar) {
        this.net = net;
        this.calendar = calendar;
    }

    /** Early start of a leaf from its predecessors' early dates, the project start and its constraint. */
    int earlyStart(int t, int[] es, int[] ef, int projectStart) {
        return constrainEarly(t, linkDrivenStart(t, es, ef, projectStart), net.duration[t]);
    }

    /** The early start the links (and the project start) alone would give, before the constraint. */
    int linkDrivenStart(int t, int[] es, int[] ef, int projectStart) {
        int d = net.duration[t];
        // MS Project: the project start bounds only tasks without predecessors, and a
        // start/finish-no-earlier-than date replaces it
        byte c = net.constraint[t];
        boolean free = net.inStart[t] == net.inStart[t + 1] && c != SNET_ORDINAL && c != FNET_ORDINAL;
        int start = free ? projectStart : Integer.MIN_VALUE;
        for (int k = net.inStart[t]; k < net.inStart[t + 1]; k++) {
            int l = k; // links are sorted by successor: in-link slot k is link k
            int p = net.linkFrom[l];
            int type = net.linkType[l];
            boolean fromFinish = type == FS || type == FF;
            boolean toFinish = type == FF || type == DependencyType.SF.ordinal();
            int anchor = shift(fromFinish ? ef[p] : es[p], fromFinish, l);
            start = Math.max(start, toFinish ? anchor - d : anchor);
        }
        return start;
    }

    /** Constraints that may pull a task before what its links require ("honor constraint dates"). */
    boolean mayOverrideLinks(int t) {
        ConstraintType c = CONSTRAINTS[net.constraint[t]];
        return c == ConstraintType.MSO || c == ConstraintType.MFO || c == ConstraintType.SNLT || c == ConstraintType.FNLT;
    }

    /** Late finish of a leaf from its successors' late dates, the project finish and its constraint. */
    int lateFinish(int t, int[] ls, int[] lf, int projectFinish) {
        int d = net.duration[t];
        int finish = projectFinish;
        // the out-order copies of the links: side by side, no jump into the link arrays
        for (int k = net.outStart[t]; k < net.outStart[t + 1]; k++) {
            long toLag = net.outToLag[k];
            byte kind = net.outKind[k];
            int s = CompiledNetwork.high(toLag);
            int type = CompiledNetwork.typeOf(kind);
            boolean fromFinish = type == FS || type == FF;
            boolean toFinish = type == FF || type == DependencyType.SF.ordinal();
            int anchor = unshift(toFinish ? lf[s] : ls[s], fromFinish, CompiledNetwork.low(toLag),
                    CompiledNetwork.unitOf(kind), d);
            finish = Math.min(finish, fromFinish ? anchor : anchor + d);
        }
        return constrainLate(t, finish, d);
    }

    /** The in-link whose bound sets the task's early start, or -1 when the project start or a constraint does. */
    int bindingLink(int t, int[] es, int[] ef) {
        int d = net.duration[t];
        for (int k = net.inStart[t]; k < net.inStart[t + 1]; k++) {
            int l = k; // links are sorted by successor: in-link slot k is link k
            int type = net.linkType[l];
            boolean fromFinish = type == FS || type == FF;
            boolean toFinish = type == FF || type == DependencyType.SF.ordinal();
            int anchor = shift(fromFinish ? ef[net.linkFrom[l]] : es[net.linkFrom[l]], fromFinish, l);
            if ((toFinish ? anchor - d : anchor) == es[t]) {
                return l;
            }
        }
        return -1;
    }

    boolean startsFromFinish(int l) {
        return net.linkType[l] == FS || net.linkType[l] == FF;
    }

    /**
     * How the date a link yields reads on a boundary: adding a positive working lag ends where work
     * ends (17:00), as MS Project adds work; otherwise it keeps the reading of the anchor.
     */
    boolean yieldsFinishReading(int l) {
        boolean positiveWorkingLag = net.lagUnit[l] != ELAPSED && net.lagAmount[l] > 0;
        return positiveWorkingLag || startsFromFinish(l);
    }

    boolean endsAtFinish(int l) {
        return net.linkType[l] == FF || net.linkType[l] == DependencyType.SF.ordinal();
    }

    /** Float between a predecessor and one successor link: how far the predecessor may slip alone. */
    int linkSlack(int l, int[] es, int[] ef) {
        int p = net.linkFrom[l];
        int s = net.linkTo[l];
        int type = net.linkType[l];
        boolean fromFinish = type == FS || type == FF;
        boolean toFinish = type == FF || type == DependencyType.SF.ordinal();
        int required = shift(fromFinish ? ef[p] : es[p], fromFinish, l);
        return (toFinish ? ef[s] : es[s]) - required;
    }

    /**
     * Applies link l's lag to a predecessor position. Elapsed lags go through clock time: a finish
     * position reads as the end of work (17:00), a start as its beginning (08:00).
     */
    private int shift(int position, boolean finishReading, int l) {
        int lag = net.lagAmount[l];
        if (lag == 0) {
            return position;
        }
        if (net.lagUnit[l] == ELAPSED) {
            int minute = finishReading ? calendar.finishMinute(position) : calendar.startMinute(position);
            return calendar.positionOfMinute(minute + lag);
        }
        return position + workingLag(l);
    }

    /**
     * The exact inverse of {@link #shift} for the backward pass: the latest predecessor position
     * whose shifted value is still at or before the successor position. For elapsed lags, clock
     * minute m is "before" position y when m is at or before the start of work at y.
     */
    private int unshift(int position, boolean predecessorReadsFinish, int lag, int unit, int predecessorDuration) {
        if (lag == 0) {
            return position;
        }
        if (unit != ELAPSED) {
            return position - (unit == PERCENT ? (int) ((long) lag * predecessorDuration / 100) : lag);
        }
        int minute = calendar.startMinute(position) - lag;
        int x = calendar.positionOfMinute(minute);
        // a start reading jumps over non-working time: step back if it would land after the minute
        if (!predecessorReadsFinish && calendar.startMinute(x) > minute) {
            x--;
        }
        return x;
    }

    private int workingLag(int l) {
        int lag = net.lagAmount[l];
        return net.lagUnit[l] == PERCENT ? (int) ((long) lag * net.duration[net.linkFrom[l]] / 100) : lag;
    }

    private int constrainEarly(int t, int start, int d) {
        byte type = net.constraint[t];
        if (type == ASAP_ORDINAL || type == ALAP_ORDINAL) {
            // most tasks: no enum switch, no read of the constraint position
            return start;
        }
        int c = net.constraintPosition[t];
        return switch (CONSTRAINTS[net.constraint[t]]) {
            case SNET -> Math.max(start, c);
            case FNET -> Math.max(start, c - d);
            case SNLT -> Math.min(start, c);
            case FNLT -> Math.min(start, c - d);
            case MSO -> c;
            case MFO -> c - d;
            case ASAP, ALAP -> start;
        };
    }

    private int constrainLate(int t, int finish, int d) {
        byte type = net.constraint[t];
        if (type == ASAP_ORDINAL || type == ALAP_ORDINAL || type == SNET_ORDINAL || type == FNET_ORDINAL) {
            return finish;
        }
        int c = net.constraintPosition[t];
        return switch (CONSTRAINTS[net.constraint[t]]) {
            case SNLT -> Math.min(finish, c + d);
            case FNLT -> Math.min(finish, c);
            case MSO -> c + d;
            case MFO -> c;
            case ASAP, ALAP, SNET, FNET -> finish;
        };
    }
}
