package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Names the tasks of one dependency cycle among those a topological sort could not order. Every such
 * task has a predecessor that is also left over, so walking predecessors backwards must repeat a task:
 * the walk from its first visit on is a cycle. (Walking successors forwards would not do: a task after
 * the loop is left over too, but its successors need not be.)
 */
final class CycleFinder {
    private CycleFinder() {
    }

    static List<String> find(List<List<Integer>> successors, int[] remainingIndegree, List<ScheduleTask> tasks) {
        int n = tasks.size();
        List<List<Integer>> predecessors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int p = 0; p < n; p++) {
            for (int s : successors.get(p)) {
                predecessors.get(s).add(p);
            }
        }
        int start = -1;
        for (int i = 0; i < n && start < 0; i++) {
            if (remainingIndegree[i] > 0) {
                start = i;
            }
        }
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int t = start;
        while (seenAt[t] < 0) {
            seenAt[t] = path.size();
            path.add(t);
            t = leftOverPredecessor(predecessors.get(t), remainingIndegree);
        }
        List<Integer> cycle = new ArrayList<>(path.subList(seenAt[t], path.size()));
        Collections.reverse(cycle); // the walk went backwards; name the tasks in link order
        return cycle.stream().map(i -> tasks.get(i).name()).toList();
    }

    private static int leftOverPredecessor(List<Integer> predecessors, int[] remainingIndegree) {
        for (int p : predecessors) {
            if (remainingIndegree[p] > 0) {
                return p;
            }
        }
        throw new IllegalStateException("a left-over task without a left-over predecessor: not a cycle");
    }
}
