package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Kahn's algorithm over the compiled links; a leftover means a cycle, which is named. */
final class TopologicalSort {
    private TopologicalSort() {
    }

    static int[] order(CompiledNetwork net) {
        if (indexOrderIsTopological(net)) {
            return identity(net.size);
        }
        return kahn(net);
    }

    /**
     * Plans are usually listed with predecessors first; then the list order itself is a topological
     * order, and walking the arrays front to back keeps the passes cache-friendly on large plans.
     */
    private static boolean indexOrderIsTopological(CompiledNetwork net) {
        for (int l = 0; l < net.linkFrom.length; l++) {
            if (net.linkFrom[l] >= net.linkTo[l]) {
                return false;
            }
        }
        return true;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] kahn(CompiledNetwork net) {
        int n = net.size;
        int[] indegree = new int[n];
        for (int s : net.linkTo) {
            indegree[s]++;
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int t = order[head++];
            for (int k = net.outStart[t]; k < net.outStart[t + 1]; k++) {
                int s = net.linkTo[net.outLinks[k]];
                if (--indegree[s] == 0) {
                    order[tail++] = s;
                }
            }
        }
        if (tail < n) {
            throw new DependencyCycleException(cycle(net, indegree));
        }
        return order;
    }

    /** Every leftover task has a leftover predecessor, so walking predecessors loops; reversed, it reads forwards. */
    private static List<String> cycle(CompiledNetwork net, int[] indegree) {
        int t = 0;
        while (indegree[t] == 0) {
            t++;
        }
        int[] seenAt = new int[net.size];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        while (seenAt[t] < 0) {
            seenAt[t] = path.size();
            path.add(t);
            t = leftoverPredecessor(net, t, indegree);
        }
        List<String> loop = new ArrayList<>(path.subList(seenAt[t], path.size()).stream().map(i -> net.names[i]).toList());
        java.util.Collections.reverse(loop);
        return loop;
    }

    private static int leftoverPredecessor(CompiledNetwork net, int t, int[] indegree) {
        for (int k = net.inStart[t]; k < net.inStart[t + 1]; k++) {
            int s = net.linkFrom[k];
            if (indegree[s] > 0) {
                return s;
            }
        }
        throw new IllegalStateException("no leftover predecessor: not a cycle");
    }
}
