package cn.projectdesk.core.interop;

import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.schedule.CpmLink;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mpxj.Task;

/**
 * Finds tasks whose late dates, as stored in the file, break MS Project's own backward-pass rules
 * when checked against the other values stored beside them. MS Project keeps late dates it has not
 * recalculated since an edit (bug1.mpp, the *duration* samples, taskFlags-mpp14Project2013.mpp):
 * no CPM can reproduce such values, so comparing them would count a stale file as our mismatch.
 *
 * <p>Only rules every CPM obeys are checked, so a real engine error cannot hide here:
 * <ul>
 *   <li>a leaf without successors, deadline or a finish-limiting constraint has its late finish at
 *       the project finish;</li>
 *   <li>a link without lag holds in the late dates: for finish-to-start, the predecessor's late
 *       finish is at or before the successor's late start (and likewise for SS, FF, SF).</li>
 * </ul>
 * A predecessor whose stored late date is bound by a stale task (the link is tight) took its value
 * from it, so it is marked too.
 */
final class StoredLateDates {
    static final String REASON = "late dates stored in the file break its own links or project finish (not recalculated)";
    static final String DERIVED = "late dates derived from stale stored late dates";

    private StoredLateDates() {
    }

    /**
     * @param reasons per-task reasons so far (null = compared); stale tasks get {@link #REASON}, their
     *                predecessors {@link #DERIVED}, when they had none
     */
    static void mark(List<Task> tasks, List<CpmLink> links, WorkingTimeIndex calendar, LocalDateTime storedFinish,
                     List<String> reasons) {
        int n = tasks.size();
        LocalDateTime projectFinish = projectFinish(tasks, storedFinish);
        List<List<CpmLink>> out = new ArrayList<>(n);
        List<List<CpmLink>> in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (CpmLink l : links) {
            out.get(l.predecessor()).add(l);
            in.get(l.successor()).add(l);
        }
        Deque<Integer> stale = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Task t = tasks.get(i);
            if (!hasLateDates(t) || t.getSummary()) {
                continue;
            }
            boolean broken = out.get(i).isEmpty()
                    ? endsFreely(t) && projectFinish != null
                            && calendar.positionOf(t.getLateFinish()) != calendar.positionOf(projectFinish)
                    : out.get(i).stream().anyMatch(l -> breaks(l, tasks, calendar));
            if (broken) {
                stale.add(i);
                if (reasons.get(i) == null) {
                    reasons.set(i, REASON);
                }
            }
        }
        boolean[] seen = new boolean[n];
        while (!stale.isEmpty()) {
            int s = stale.poll();
            for (CpmLink l : in.get(s)) {
                int p = l.predecessor();
                if (!seen[p] && boundBy(l, tasks, calendar)) {
                    seen[p] = true;
                    stale.add(p);
                    if (reasons.get(p) == null) {
                        reasons.set(p, DERIVED);
                    }
                }
            }
        }
    }

    /**
     * The latest early finish: the project's stored finish may itself be stale (the
     * calendar-exception-precedence samples keep a finish two years before their only task ends).
     */
    private static LocalDateTime projectFinish(List<Task> tasks, LocalDateTime storedFinish) {
        LocalDateTime finish = storedFinish;
        for (Task t : tasks) {
            LocalDateTime f = t.getEarlyFinish();
            if (f != null && (finish == null || f.isAfter(finish))) {
                finish = f;
            }
        }
        return finish;
    }

    private static boolean hasLateDates(Task t) {
        return t.getLateStart() != null && t.getLateFinish() != null;
    }

    /** Nothing but the project finish bounds its late finish. */
    private static boolean endsFreely(Task t) {
        ConstraintType c = TaskSupport.constraintOf(t);
        return t.getDeadline() == null
                && (c == ConstraintType.ASAP || c == ConstraintType.SNET || c == ConstraintType.FNET);
    }

    private static boolean breaks(CpmLink l, List<Task> tasks, WorkingTimeIndex calendar) {
        return l.lag().amount() == 0 && gap(l, tasks, calendar) < 0;
    }

    /** The predecessor's stored late date was set by this link (with a lag we cannot tell: assume so). */
    private static boolean boundBy(CpmLink l, List<Task> tasks, WorkingTimeIndex calendar) {
        return l.lag().amount() != 0 || gap(l, tasks, calendar) == 0;
    }

    /** Working minutes the stored late dates leave between the two ends of a link; 1 when unknown. */
    private static int gap(CpmLink l, List<Task> tasks, WorkingTimeIndex calendar) {
        Task p = tasks.get(l.predecessor());
        Task s = tasks.get(l.successor());
        if (!hasLateDates(p) || !hasLateDates(s)) {
            return 1;
        }
        LocalDateTime from = switch (l.type()) {
            case FS, FF -> p.getLateFinish();
            case SS, SF -> p.getLateStart();
        };
        LocalDateTime to = switch (l.type()) {
            case FS, SS -> s.getLateStart();
            case FF, SF -> s.getLateFinish();
        };
        return calendar.positionOf(to) - calendar.positionOf(from);
    }
}
