package cn.projectdesk.core.project;

import java.util.List;
import java.util.UUID;

/** What one delete tombstoned (the task, its subtree and their links), so that undo can restore exactly that. */
public record DeletedTasks(UUID projectId, List<UUID> taskIds, List<UUID> linkIds) {
    public DeletedTasks {
        taskIds = List.copyOf(taskIds);
        linkIds = List.copyOf(linkIds);
    }
}
