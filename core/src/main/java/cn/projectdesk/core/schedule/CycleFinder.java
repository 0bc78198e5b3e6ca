package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.List;

/** Walks the tasks left over by a topological sort until one repeats: that loop is a cycle. */
final class CycleFinder {
    private CycleFinder() {
    }

    static List<String> find(List<List<Integer>> successors, int[] remainingIndegree, List<ScheduleTask> tasks) {
        int start = -1;
        for (int i = 0; i < remainingIndegree.length && start < 0; i++) {
            if (remainingIndegree[i] > 0) {
                start = i;
            }
        }
        int[] seenAt = new int[tasks.size()];
        java.util.Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int t = start;
        while (seenAt[t] < 0) {
            seenAt[t] = path.size();
            path.add(t);
            t = nextInCycle(successors.get(t), remainingIndegree);
        }
        return path.subList(seenAt[t], path.size()).stream().map(i -> tasks.get(i).name()).toList();
    }

    /** Every task left over has a predecessor left over, so following them backwards or forwards loops. */
    private static int nextInCycle(List<Integer> successors, int[] remainingIndegree) {
        for (int s : successors) {
            if (remainingIndegree[s] > 0) {
                return s;
            }
        }
        throw new IllegalStateException("no remaining successor: not a cycle");
    }
}
