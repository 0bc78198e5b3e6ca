package cn.projectdesk.core.change;

import cn.projectdesk.core.domain.ValidationException;
import java.util.List;
import java.util.UUID;

/** A change request as filed: project, kind, title, reason (变更理由) and its impact lines. */
public record ChangeDraft(UUID projectId, ChangeKind kind, String title, String reason, List<ChangeItemDraft> items) {
    public ChangeDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    void check() {
        if (projectId == null) {
            throw ValidationException.of("project", "validation.approval.unknownProject");
        }
        if (kind == null) {
            throw ValidationException.of("kind", "validation.required");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw ValidationException.of("title", title == null || title.isBlank() ? "validation.required" : "validation.name.tooLong");
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (reason.strip().length() > 2000) {
            throw ValidationException.of("reason", "validation.text.tooLong");
        }
        if (items.isEmpty() || items.size() > 200) {
            throw ValidationException.of("items", "validation.change.noItems");
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).check(i + 1);
        }
    }
}
