package cn.projectdesk.core.schedule;

import java.util.Arrays;

/**
 * Tasks waiting to be recomputed, popped in topological rank order (lowest first) so a task is
 * recomputed only after every predecessor that changed; each task is queued at most once.
 */
final class RankQueue {
    private final int[] rank;
    private final boolean[] queued;
    private int[] heap = new int[16];
    private int size;

    RankQueue(int[] rank) {
        this.rank = rank;
        this.queued = new boolean[rank.length];
    }

    void add(int task) {
        if (queued[task]) {
            return;
        }
        queued[task] = true;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        heap[i] = task;
        while (i > 0 && rank[heap[(i - 1) / 2]] > rank[heap[i]]) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int poll() {
        int top = heap[0];
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int smallest = i;
            int l = 2 * i + 1;
            int r = l + 1;
            if (l < size && rank[heap[l]] < rank[heap[smallest]]) {
                smallest = l;
            }
            if (r < size && rank[heap[r]] < rank[heap[smallest]]) {
                smallest = r;
            }
            if (smallest == i) {
                break;
            }
            swap(i, smallest);
            i = smallest;
        }
        queued[top] = false;
        return top;
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
