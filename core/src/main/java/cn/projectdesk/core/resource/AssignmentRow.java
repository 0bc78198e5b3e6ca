package cn.projectdesk.core.resource;

import java.util.UUID;

public record AssignmentRow(UUID id, UUID taskId, String wbsCode, String taskName, UUID resourceId,
                            String resourceName, ResourceKind kind, int units) {
}
