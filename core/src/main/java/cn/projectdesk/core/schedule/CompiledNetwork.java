package cn.projectdesk.core.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link CpmProject} turned into flat arrays for the solver: durations, constraints as positions,
 * links between leaf tasks in compressed adjacency (CSR) form, a topological order, and the summary
 * tree for roll-up. A link from or to a summary applies to each of its leaf tasks, as in MS Project.
 */
final class CompiledNetwork {
    final int size;
    final int[] duration;
    final boolean[] milestone;
    final boolean[] summary;
    final byte[] constraint;
    final int[] constraintPosition;
    final int[] parent;
    final String[] names;

    // links between leaves, one entry per link
    final int[] linkFrom;
    final int[] linkTo;
    final byte[] linkType;
    final int[] lagAmount;
    final byte[] lagUnit;
    // CSR: links out of task t are outLinks[outStart[t] .. outStart[t+1]); the links are sorted by
    // successor, so the links into task t are simply inStart[t] .. inStart[t+1]
    final int[] outStart;
    final int[] outLinks;
    final int[] inStart;
    // the links' successor and lag (packed, see pack) and kind (type | unit << 2) again in outLinks
    // order: the backward pass reads a task's out-links side by side instead of jumping into the
    // link arrays, and two arrays rather than four keep the scatter that builds them cheap
    final long[] outToLag;
    final byte[] outKind;

    final int[] order;
    final int[] rank;

    CompiledNetwork(CpmProject project, WorkingTimeIndex calendar) {
        List<CpmTask> tasks = project.tasks();
        size = tasks.size();
        duration = new int[size];
        milestone = new boolean[size];
        summary = new boolean[size];
        constraint = new byte[size];
        constraintPosition = new int[size];
        parent = new int[size];
        names = new String[size];
        for (int i = 0; i < size; i++) {
            CpmTask t = tasks.get(i);
            names[i] = t.name();
            parent[i] = t.parent();
            if (t.parent() >= 0) {
                summary[t.parent()] = true;
            }
            milestone[i] = t.milestone();
            duration[i] = t.milestone() ? 0 : t.durationMinutes();
            constraint[i] = (byte) t.constraint().ordinal();
            if (t.constraint().needsDate()) {
                constraintPosition[i] = calendar.positionOf(t.constraintDate());
            }
        }
        // links sorted (stably) by successor: the forward pass, which reads a task's in-links, then
        // walks the link arrays front to back instead of jumping around them
        LinkArrays links = LinkArrays.expandSorted(project.links(), summary, parent);
        linkFrom = links.from;
        linkTo = links.to;
        linkType = links.type;
        lagAmount = links.lag;
        lagUnit = links.unit;
        inStart = new int[size + 1];
        countPerTask(linkTo, inStart);
        int linkCount = linkFrom.length;
        outStart = new int[size + 1];
        outLinks = new int[linkCount];
        outToLag = new long[linkCount];
        outKind = new byte[linkCount];
        int[] fill = counts(linkFrom, outStart);
        for (int l = 0; l < linkCount; l++) {
            int k = fill[linkFrom[l]]++;
            outLinks[k] = l;
            outToLag[k] = pack(linkTo[l], lagAmount[l]);
            outKind[k] = kind(linkType[l], lagUnit[l]);
        }
        order = TopologicalSort.order(this);
        rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[order[i]] = i;
        }
        checkTreeHasNoLoop();
    }

    /**
     * A copy that shares everything but the durations, so a worker thread can vary them (Monte
     * Carlo) while the links, constraints and order stay shared and read-only.
     */
    CompiledNetwork withOwnDurations() {
        return new CompiledNetwork(this);
    }

    private CompiledNetwork(CompiledNetwork other) {
        size = other.size;
        duration = other.duration.clone();
        milestone = other.milestone;
        summary = other.summary;
        constraint = other.constraint;
        constraintPosition = other.constraintPosition;
        parent = other.parent;
        names = other.names;
        linkFrom = other.linkFrom;
        linkTo = other.linkTo;
        linkType = other.linkType;
        lagAmount = other.lagAmount;
        lagUnit = other.lagUnit;
        outStart = other.outStart;
        outLinks = other.outLinks;
        inStart = other.inStart;
        outToLag = other.outToLag;
        outKind = other.outKind;
        order = other.order;
        rank = other.rank;
    }

    /** Changes the type and lag of the link in out-slot k (outLinks[k]), keeping its out-order copy in step. */
    void setLinkAt(int k, DependencyType type, Lag lag) {
        int l = outLinks[k];
        linkType[l] = (byte) type.ordinal();
        lagAmount[l] = lag.amount();
        lagUnit[l] = (byte) lag.unit().ordinal();
        outToLag[k] = pack(linkTo[l], lagAmount[l]);
        outKind[k] = kind(linkType[l], lagUnit[l]);
    }

    /** Two ints in one long (high, low), so a scatter writes one array instead of two. */
    static long pack(int high, int low) {
        return (long) high << 32 | (low & 0xFFFF_FFFFL);
    }

    static int high(long packed) {
        return (int) (packed >>> 32);
    }

    static int low(long packed) {
        return (int) packed;
    }

    /** Link type (2 bits) and lag unit (2 bits) in one byte. */
    static byte kind(byte type, byte unit) {
        return (byte) (type | unit << 2);
    }

    static int typeOf(byte kind) {
        return kind & 3;
    }

    static int unitOf(byte kind) {
        return kind >>> 2;
    }

    /** Counts per task into start (start[t] .. start[t+1] are task t's entries); returns the fill cursors. */
    private int[] counts(int[] taskOfEntry, int[] start) {
        countPerTask(taskOfEntry, start);
        return Arrays.copyOf(start, size);
    }

    private void countPerTask(int[] taskOfEntry, int[] start) {
        for (int task : taskOfEntry) {
            start[task + 1]++;
        }
        for (int t = 0; t < size; t++) {
            start[t + 1] += start[t];
        }
    }

    private void checkTreeHasNoLoop() {
        for (int i = 0; i < size; i++) {
            int d = 0;
            for (int p = parent[i]; p >= 0; p = parent[p]) {
                if (++d > size) {
                    throw new IllegalArgumentException("the task tree loops at " + names[i]);
                }
            }
        }
    }

    /** The links of a project with summaries replaced by their leaves, as parallel arrays. */
    private record LinkArrays(int[] from, int[] to, byte[] type, int[] lag, byte[] unit) {
        /**
         * The links between leaves sorted by successor. Without summaries at either end (large plans
         * link leaves) each link goes straight to its sorted slot: one counting pass, one placing pass.
         */
        static LinkArrays expandSorted(List<CpmLink> links, boolean[] summary, int[] parent) {
            int tasks = summary.length;
            int n = links.size();
            int[] fill = new int[tasks + 1];
            for (CpmLink link : links) {
                if (summary[link.predecessor()] || summary[link.successor()]) {
                    return expand(links, summary, parent).sortedBySuccessor(tasks);
                }
                fill[link.successor() + 1]++;
            }
            for (int t = 0; t < tasks; t++) {
                fill[t + 1] += fill[t];
            }
            // scatter into successor order: two arrays written at random places (predecessor and
            // lag packed, type and unit in one byte), not five
            long[] sortedFromLag = new long[n];
            byte[] sortedKinds = new byte[n];
            for (CpmLink link : links) {
                int k = fill[link.successor()]++;
                sortedFromLag[k] = pack(link.predecessor(), link.lag().amount());
                sortedKinds[k] = kind((byte) link.type().ordinal(), (byte) link.lag().unit().ordinal());
            }
            // fill[t] is now where task t's in-links end; unpack front to back
            LinkArrays a = new LinkArrays(new int[n], new int[n], new byte[n], new int[n], new byte[n]);
            for (int t = 0, k = 0; t < tasks; t++) {
                for (; k < fill[t]; k++) {
                    a.from[k] = high(sortedFromLag[k]);
                    a.lag[k] = low(sortedFromLag[k]);
                    a.to[k] = t;
                    a.type[k] = (byte) typeOf(sortedKinds[k]);
                    a.unit[k] = (byte) unitOf(sortedKinds[k]);
                }
            }
            return a;
        }

        static LinkArrays expand(List<CpmLink> links, boolean[] summary, int[] parent) {
            List<List<Integer>> children = null;
            int capacity = links.size();
            LinkArrays a = new LinkArrays(new int[capacity], new int[capacity], new byte[capacity], new int[capacity],
                    new byte[capacity]);
            int n = 0;
            for (CpmLink link : links) {
                boolean simple = !summary[link.predecessor()] && !summary[link.successor()];
                if (simple) {
                    a = a.ensure(n + 1);
                    a.set(n++, link.predecessor(), link.successor(), link);
                    continue;
                }
                if (children == null) {
                    children = childLists(parent);
                }
                for (int p : leaves(link.predecessor(), children)) {
                    for (int s : leaves(link.successor(), children)) {
                        if (p != s) {
                            a = a.ensure(n + 1);
                            a.set(n++, p, s, link);
                        }
                    }
                }
            }
            return new LinkArrays(Arrays.copyOf(a.from, n), Arrays.copyOf(a.to, n), Arrays.copyOf(a.type, n),
                    Arrays.copyOf(a.lag, n), Arrays.copyOf(a.unit, n));
        }

        /** A stable counting sort by successor, so each task's in-links keep their order and sit side by side. */
        LinkArrays sortedBySuccessor(int tasks) {
            int n = from.length;
            boolean sorted = true;
            for (int l = 1; l < n && sorted; l++) {
                sorted = to[l - 1] <= to[l];
            }
            if (sorted) {
                return this;
            }
            int[] fill = new int[tasks + 1];
            for (int s : to) {
                fill[s + 1]++;
            }
            for (int t = 0; t < tasks; t++) {
                fill[t + 1] += fill[t];
            }
            LinkArrays out = new LinkArrays(new int[n], new int[n], new byte[n], new int[n], new byte[n]);
            for (int l = 0; l < n; l++) {
                int k = fill[to[l]]++;
                out.from[k] = from[l];
                out.to[k] = to[l];
                out.type[k] = type[l];
                out.lag[k] = lag[l];
                out.unit[k] = unit[l];
            }
            return out;
        }

        private LinkArrays ensure(int needed) {
            if (needed <= from.length) {
                return this;
            }
            int c = Math.max(needed, from.length * 2);
            return new LinkArrays(Arrays.copyOf(from, c), Arrays.copyOf(to, c), Arrays.copyOf(type, c),
                    Arrays.copyOf(lag, c), Arrays.copyOf(unit, c));
        }

        private void set(int i, int p, int s, CpmLink link) {
            from[i] = p;
            to[i] = s;
            type[i] = (byte) link.type().ordinal();
            lag[i] = link.lag().amount();
            unit[i] = (byte) link.lag().unit().ordinal();
        }

        private static List<List<Integer>> childLists(int[] parent) {
            List<List<Integer>> children = new ArrayList<>(parent.length);
            for (int i = 0; i < parent.length; i++) {
                children.add(new ArrayList<>());
            }
            for (int i = 0; i < parent.length; i++) {
                if (parent[i] >= 0) {
                    children.get(parent[i]).add(i);
                }
            }
            return children;
        }

        private static List<Integer> leaves(int task, List<List<Integer>> children) {
            if (children.get(task).isEmpty()) {
                return List.of(task);
            }
            List<Integer> out = new ArrayList<>();
            for (int c : children.get(task)) {
                out.addAll(leaves(c, children));
            }
            return out;
        }
    }
}
