package cn.projectdesk.core.org;

import java.util.UUID;

/** An org unit as screens and the CLI see it; depth 0 is the bureau. */
public record OrgUnitRow(UUID id, String code, String name, OrgUnitKind kind, UUID parentId, int depth) {
}
