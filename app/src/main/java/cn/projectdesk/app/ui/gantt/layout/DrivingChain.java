package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The driving chain to the project finish: starting from the tasks that finish last, it walks back
 * through "driving" links — links with no slack between the two dates (MS Project's driving
 * predecessors) — and through summaries whose own links drive their first child. This is not the CPM
 * critical path (that needs total float from a backward pass, which core does not compute yet), but
 * it is what the dates show honestly: every task on it, if late, delays the finish as scheduled.
 */
public final class DrivingChain {
    private DrivingChain() {
    }

    /**
     * @param workingDaysBetween working days in [from, to) of the calendar the dates were scheduled with
     */
    public static Set<UUID> of(List<GanttRow> rows, List<GanttLink> links,
                               BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        Map<UUID, GanttRow> byId = new HashMap<>(rows.size() * 2);
        Map<UUID, List<GanttLink>> into = new HashMap<>();
        Map<UUID, List<GanttRow>> children = new HashMap<>();
        LocalDate finish = null;
        for (GanttRow r : rows) {
            byId.put(r.id(), r);
            if (r.parentId() != null) {
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
            if (r.scheduled() && (finish == null || r.finish().isAfter(finish))) {
                finish = r.finish();
            }
        }
        for (GanttLink l : links) {
            into.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).add(l);
        }
        Set<UUID> chain = new HashSet<>();
        if (finish == null) {
            return chain;
        }
        Deque<GanttRow> todo = new ArrayDeque<>();
        Set<UUID> seen = new HashSet<>();
        for (GanttRow r : rows) {
            if (r.scheduled() && !r.summary() && r.finish().equals(finish)) {
                todo.add(r);
            }
        }
        while (!todo.isEmpty()) {
            GanttRow task = todo.poll();
            if (!seen.add(task.id())) {
                continue;
            }
            if (task.summary()) {
                // A driven summary is driven through its children that finish with it.
                for (GanttRow child : children.getOrDefault(task.id(), List.of())) {
                    if (child.scheduled() && child.finish().equals(task.finish())) {
                        todo.add(child);
                    }
                }
            } else {
                chain.add(task.id());
            }
            for (GanttLink link : into.getOrDefault(task.id(), List.of())) {
                GanttRow pred = byId.get(link.predecessorId());
                if (pred != null && pred.scheduled() && drives(link, pred, task, workingDaysBetween)) {
                    todo.add(pred);
                }
            }
            // A task without links of its own may be driven by the links of a summary it starts with.
            GanttRow parent = task.parentId() == null ? null : byId.get(task.parentId());
            if (parent != null && parent.scheduled() && parent.start().equals(task.start())) {
                for (GanttLink link : into.getOrDefault(parent.id(), List.of())) {
                    GanttRow pred = byId.get(link.predecessorId());
                    if (pred != null && pred.scheduled() && drives(link, pred, parent, workingDaysBetween)) {
                        todo.add(pred);
                    }
                }
            }
        }
        return chain;
    }

    /** True when the link leaves no working day of slack between the two tasks' dates. */
    static boolean drives(GanttLink link, GanttRow pred, GanttRow succ, BiFunction<LocalDate, LocalDate, Integer> between) {
        int lag = link.lagDays();
        return switch (link.type()) {
            // A zero-length milestone sits on its predecessor's finish day; anything else starts the next working day.
            case FS -> between.apply(pred.finish().plusDays(1), succ.start()) == lag
                    || (succ.durationDays() == 0 && between.apply(pred.finish(), succ.start()) == lag);
            case SS -> between.apply(pred.start(), succ.start()) == lag;
            case FF -> between.apply(pred.finish(), succ.finish()) == lag;
            case SF -> between.apply(pred.start(), succ.finish().plusDays(1)) == lag;
        };
    }
}
