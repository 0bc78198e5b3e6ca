package cn.projectdesk.core.project;

import java.util.UUID;

/** Where a task sits: its parent (null at the top) and its index among that parent's children. */
public record TaskPosition(UUID parentId, int index) {
}
