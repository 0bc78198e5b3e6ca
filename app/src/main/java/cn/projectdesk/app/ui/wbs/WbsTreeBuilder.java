package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.core.project.TaskRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.TreeItem;

/** Turns core's rows (in tree order, with parent ids) into tree items, keeping what the user collapsed. */
final class WbsTreeBuilder {
    private WbsTreeBuilder() {
    }

    /** Returns the top-level items; {@code index} receives every item by task id. */
    static List<TreeItem<TaskRow>> build(List<TaskRow> rows, Set<UUID> collapsed, Map<UUID, TreeItem<TaskRow>> index) {
        Map<UUID, TreeItem<TaskRow>> items = new HashMap<>();
        List<TreeItem<TaskRow>> top = new ArrayList<>();
        for (TaskRow row : rows) {
            TreeItem<TaskRow> item = new TreeItem<>(row);
            item.setExpanded(!collapsed.contains(row.id()));
            items.put(row.id(), item);
            TreeItem<TaskRow> parent = row.parentId() == null ? null : items.get(row.parentId());
            if (parent == null) {
                top.add(item);
            } else {
                parent.getChildren().add(item);
            }
        }
        index.clear();
        index.putAll(items);
        return top;
    }

    /** How many rows lie below the task (its whole subtree), for the delete question. */
    static int descendants(List<TaskRow> rows, TaskRow task) {
        int at = rows.indexOf(task);
        int count = 0;
        for (int i = at + 1; i < rows.size() && rows.get(i).level() > task.level(); i++) {
            count++;
        }
        return count;
    }
}
