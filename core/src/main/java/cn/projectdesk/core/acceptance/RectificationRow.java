package cn.projectdesk.core.acceptance;

import java.time.LocalDate;
import java.util.UUID;

/** A rectification item (整改) with its owner, due date and, once closed, the evidence. */
public record RectificationRow(UUID id, String projectCode, String description, String ownerUsername, String ownerName,
                               LocalDate dueOn, boolean open, String evidence, LocalDate closedOn, String closedBy) {
    static RectificationRow of(Rectification r) {
        return new RectificationRow(r.getId(), r.getProject().getCode(), r.getDescription(), r.getOwner().getUsername(),
                r.getOwner().getDisplayName(), r.getDueOn(), r.isOpen(), r.getEvidence(), r.getClosedOn(), r.getClosedBy());
    }
}
