package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.List;

/** Parent/child structure of the plan: leaves of a summary, and roll-up of dates bottom-up. */
final class Hierarchy {
    private final List<List<Integer>> children;
    private final int[] depthOrder;

    Hierarchy(List<ScheduleTask> tasks) {
        int n = tasks.size();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            int parent = tasks.get(i).parent();
            if (parent >= 0) {
                children.get(parent).add(i);
            }
            int d = 0;
            for (int p = parent; p >= 0; p = tasks.get(p).parent()) {
                if (++d > n) {
                    throw new IllegalArgumentException("the task tree loops at " + tasks.get(i).name());
                }
            }
            depth[i] = d;
        }
        Integer[] byDepth = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDepth[i] = i;
        }
        java.util.Arrays.sort(byDepth, (a, b) -> Integer.compare(depth[b], depth[a]));
        depthOrder = java.util.Arrays.stream(byDepth).mapToInt(Integer::intValue).toArray();
    }

    boolean isSummary(int task) {
        return !children.get(task).isEmpty();
    }

    List<Integer> leavesOf(int task) {
        if (!isSummary(task)) {
            return List.of(task);
        }
        List<Integer> leaves = new ArrayList<>();
        for (int child : children.get(task)) {
            leaves.addAll(leavesOf(child));
        }
        return leaves;
    }

    /** Summaries take the earliest start and latest finish of their children, deepest first. */
    void rollUp(int[] es, int[] ef) {
        for (int t : depthOrder) {
            if (isSummary(t)) {
                int s = Integer.MAX_VALUE;
                int f = Integer.MIN_VALUE;
                for (int c : children.get(t)) {
                    s = Math.min(s, es[c]);
                    f = Math.max(f, ef[c]);
                }
                es[t] = s;
                ef[t] = f;
            }
        }
    }
}
