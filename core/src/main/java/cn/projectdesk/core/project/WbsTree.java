package cn.projectdesk.core.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The live tasks of one project arranged as a tree: sibling lists, depth-first order, WBS codes. */
final class WbsTree {
    private final Map<UUID, List<Task>> children = new HashMap<>();
    private final List<Task> roots = new ArrayList<>();

    WbsTree(List<Task> tasks) {
        for (Task t : tasks) {
            if (t.getParent() == null) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.getParent().getId(), k -> new ArrayList<>()).add(t);
            }
        }
        Comparator<Task> bySort = Comparator.comparingInt(Task::getSortOrder).thenComparing(Task::getId);
        roots.sort(bySort);
        children.values().forEach(list -> list.sort(bySort));
    }

    List<Task> siblingsOf(Task parent) {
        return parent == null ? roots : children.computeIfAbsent(parent.getId(), k -> new ArrayList<>());
    }

    List<Task> childrenOf(Task task) {
        return children.getOrDefault(task.getId(), List.of());
    }

    boolean isSummary(Task task) {
        return !childrenOf(task).isEmpty();
    }

    /** Depth-first order, the order of the tree table. */
    List<Task> ordered() {
        List<Task> out = new ArrayList<>();
        roots.forEach(t -> collect(t, out));
        return out;
    }

    List<Task> subtree(Task task) {
        List<Task> out = new ArrayList<>();
        collect(task, out);
        return out;
    }

    int level(Task task) {
        int level = 0;
        for (Task p = task.getParent(); p != null; p = p.getParent()) {
            level++;
        }
        return level;
    }

    /** Moves the task under the new parent (null: top level) at the index among its new siblings. */
    void move(Task task, Task newParent, int index) {
        siblingsOf(task.getParent()).remove(task);
        task.setParent(newParent);
        List<Task> target = siblingsOf(newParent);
        target.add(Math.max(0, Math.min(index, target.size())), task);
    }

    void add(Task task, int index) {
        List<Task> target = siblingsOf(task.getParent());
        target.add(Math.max(0, Math.min(index, target.size())), task);
    }

    void remove(Task task) {
        siblingsOf(task.getParent()).remove(task);
    }

    /** Rewrites sort orders 0..n-1 and codes 1, 1.1, 1.2...; Hibernate writes only those that changed. */
    void renumber() {
        number(roots, "");
    }

    private void number(List<Task> siblings, String prefix) {
        for (int i = 0; i < siblings.size(); i++) {
            Task t = siblings.get(i);
            String code = prefix + (i + 1);
            if (t.getSortOrder() != i) {
                t.setSortOrder(i);
            }
            if (!code.equals(t.getWbsCode())) {
                t.setWbsCode(code);
            }
            number(childrenOf(t), code + ".");
        }
    }

    private void collect(Task task, List<Task> out) {
        out.add(task);
        childrenOf(task).forEach(c -> collect(c, out));
    }
}
